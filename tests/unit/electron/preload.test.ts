import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { callNames, eventNames, type Events } from '../../../src/shared/contract';
import type { Transport } from '../../../src/shared/rpc/client';
import type { DesktopBridge } from '../../../src/shared/rpc/desktop-bridge';
import { fakeEvent } from './fake-electron';

const { fake } = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('./fake-electron');
  return { fake: createFakeElectron() };
});
vi.mock('electron', () => fake.module);

function isTransport(value: unknown): value is Transport<Events> & DesktopBridge {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.invoke === 'function' && typeof candidate.subscribe === 'function' && typeof candidate.pathForFile === 'function';
}

let bridge: Transport<Events> & DesktopBridge;
/** What the preload exposed, in the order it exposed it. */
let exposedKeys: string[];
let exposedValue: unknown;

beforeAll(async () => {
  // The preload's only effect is at import: it exposes the bridge.
  await import('../../../src/preload/index');
  exposedKeys = [...fake.contextBridge.exposed.keys()];
  exposedValue = fake.contextBridge.exposed.get('muragat');
  if (!isTransport(exposedValue)) throw new Error('window.muragat is not a transport');
  bridge = exposedValue;
});

beforeEach(() => {
  fake.ipcRenderer.invocations.length = 0;
  fake.ipcRenderer.removeAllListeners();
});

/** Plays main sending a service event to this window. */
const sendFromMain = (name: string, payload: unknown) => fake.ipcRenderer.emit('muragat:event', fakeEvent({}), { name, payload });

describe('what the preload exposes', () => {
  it('exposes exactly one key, window.muragat', () => {
    expect(exposedKeys).toEqual(['muragat']);
  });

  it('exposes only invoke, subscribe and pathForFile, all functions (no ipcRenderer, no Node object)', () => {
    const exposed = Object.entries(exposedValue as object);
    expect(exposed.map(([key]) => key).sort()).toEqual(['invoke', 'pathForFile', 'subscribe']);
    for (const [, value] of exposed) expect(value).toBeTypeOf('function');
    expect(exposed.map(([, value]) => value as unknown)).not.toContain(fake.ipcRenderer);
  });
});

describe('pathForFile', () => {
  it('gives the path Electron knows for a File, and an empty string for anything else', () => {
    const file = { name: 'saryarqa.pdf' };
    fake.webUtils.paths.set(file, '/home/archivist/saryarqa.pdf');
    expect(bridge.pathForFile(file)).toBe('/home/archivist/saryarqa.pdf');
    expect(bridge.pathForFile({ name: 'forged.pdf', path: '/etc/passwd' })).toBe('');
    expect(bridge.pathForFile('/etc/passwd')).toBe('');
  });
});

describe('invoke', () => {
  it('sends listDocuments on its contract channel with the arguments as given', async () => {
    await bridge.invoke('listDocuments', {});
    expect(fake.ipcRenderer.invocations).toEqual([{ channel: 'muragat:call:listDocuments', args: [{}] }]);
  });

  it.each(callNames)('maps %s to muragat:call:<name>', async (name) => {
    const args = { marker: name };
    await bridge.invoke(name, args);
    expect(fake.ipcRenderer.invocations).toEqual([{ channel: `muragat:call:${name}`, args: [args] }]);
  });

  it('returns what main answered', async () => {
    fake.ipcRenderer.reply = () => ({ ok: true, value: ['from main'] });
    expect(await bridge.invoke('listDocuments', {})).toEqual({ ok: true, value: ['from main'] });
  });

  it.each(['notACall', 'toString', 'constructor', '__proto__', 'hasOwnProperty', 'call:listDocuments', '../event', 'listdocuments', 'listDocuments ', ''])(
    'answers %j with an invalid-argument envelope and sends nothing',
    async (name) => {
      const answer = await bridge.invoke(name, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect(fake.ipcRenderer.invocations).toEqual([]);
    },
  );

  it.each([42, null, undefined, { slice: () => 'listDocuments' }, ['listDocuments']])('answers a name that is not a string (%j) without throwing', async (name) => {
    // A page may pass anything; the bridge's type says string, so the test says so too.
    expect(await bridge.invoke(name as string, {})).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(fake.ipcRenderer.invocations).toEqual([]);
  });

  it('does not echo a huge unknown name back whole', async () => {
    const answer = await bridge.invoke('x'.repeat(1_000_000), {});
    expect(JSON.stringify(answer).length).toBeLessThan(500);
    expect(fake.ipcRenderer.invocations).toEqual([]);
  });
});

describe('subscribe', () => {
  it('delivers only the event it was asked for', () => {
    const received: unknown[] = [];
    bridge.subscribe('libraryChanged', (payload) => received.push(payload));
    sendFromMain('importProgress', { fileIndex: 0, fileCount: 1, file: 'a.png', stage: 'started' });
    sendFromMain('libraryChanged', { docIds: ['abcd1234'] });
    expect(received).toEqual([{ docIds: ['abcd1234'] }]);
  });

  it('listens on the one event channel only', () => {
    bridge.subscribe('importProgress', () => undefined);
    expect(fake.ipcRenderer.eventNames()).toEqual(['muragat:event']);
    expect(fake.ipcRenderer.listenerCount('muragat:event')).toBe(1);
  });

  it('the returned function removes the listener', () => {
    const received: unknown[] = [];
    const unsubscribe = bridge.subscribe('libraryChanged', (payload) => received.push(payload));
    unsubscribe();
    expect(fake.ipcRenderer.listenerCount('muragat:event')).toBe(0);
    sendFromMain('libraryChanged', { docIds: [] });
    expect(received).toEqual([]);
  });

  it('unsubscribing one listener leaves the others', () => {
    const a: unknown[] = [];
    const b: unknown[] = [];
    const stopA = bridge.subscribe('libraryChanged', (payload) => a.push(payload));
    bridge.subscribe('libraryChanged', (payload) => b.push(payload));
    stopA();
    sendFromMain('libraryChanged', { docIds: [] });
    expect(a).toEqual([]);
    expect(b).toHaveLength(1);
  });

  it('ignores an event name the contract does not declare, adding no listener', () => {
    const unsubscribe = (bridge.subscribe as (name: string, listener: () => void) => () => void)('notAnEvent', () => undefined);
    expect(fake.ipcRenderer.listenerCount('muragat:event')).toBe(0);
    expect(unsubscribe).toBeTypeOf('function');
    unsubscribe();
  });

  it('accepts every event the contract declares', () => {
    for (const name of eventNames) bridge.subscribe(name, () => undefined);
    expect(fake.ipcRenderer.listenerCount('muragat:event')).toBe(eventNames.length);
  });
});
