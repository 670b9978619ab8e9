import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callNames, type CallName } from '../../../src/shared/contract';
import { EnvelopeSchema, type Envelope, type ErrorPayload } from '../../../src/shared/rpc/errors';
import { asFrame, asIpcMain, asWebContents, fakeFrame, FakeWebContents, type FakeFrame } from './fake-electron';
import { countingService, tempLibrary, writePng, type TempLibrary } from './temp-library';

const { fake } = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('./fake-electron');
  return { fake: createFakeElectron() };
});
vi.mock('electron', () => fake.module);

const { bindContract, forwardEvents, isTrustedFrame } = await import('../../../src/main/electron/ipc');

const APP_PAGE = fakeFrame('muragat://app/index.html');

/** Plausible arguments for every call, so a refusal can only come from the frame check. */
const VALID_ARGS: Record<CallName, unknown> = {
  libraryInfo: {},
  listDocuments: {},
  getDocument: { id: 'abcd1234' },
  importFiles: { paths: ['/tmp/scan.png'] },
  cancelJob: { jobId: 'job-12345678' },
  openPageAsset: { docId: 'abcd1234', page: 0 },
  checkLibrary: {},
  repairLibrary: {},
  updateDocument: { id: 'abcd1234', changes: { title: 'Қазақ' } },
  batchEditDocuments: { ids: ['abcd1234'], addTags: ['Алаш'] },
  trashDocuments: { ids: ['abcd1234'] },
  restoreDocuments: { ids: ['abcd1234'] },
  listTrash: {},
  emptyTrash: {},
  listCollections: {},
  createCollection: { name: '«Қазақ» 1917' },
  updateCollection: { id: 'c-abcdef', name: '«Қазақ»' },
  deleteCollection: { id: 'c-abcdef' },
  listSeals: {},
  getSeal: { id: 'seal-abcdef' },
  createSeal: { fields: { owner: 'Алашорда' } },
  updateSeal: { id: 'seal-abcdef', fields: { owner: 'Алашорда' } },
  deleteSeal: { id: 'seal-abcdef' },
  getViewSettings: { docId: 'abcd1234' },
  setViewSettings: { docId: 'abcd1234', view: { rotation: 90, mode: 'single', adjustments: { brightness: 1.2, contrast: 1, gamma: 0.8, grayscale: true, invert: false, threshold: null } } },
  getAnnotations: { docId: 'abcd1234' },
  saveRegions: { docId: 'abcd1234', author: 'Айгерім', changes: [{ op: 'delete', id: 'r-000001', baseRevision: 1 }] },
  addComment: { docId: 'abcd1234', regionId: 'r-000001', author: 'Айгерім', text: 'Оқылмайды' },
  getRegionHistory: { docId: 'abcd1234', regionId: 'r-000001' },
  search: { query: 'Алаш' },
  exportDocument: { docId: 'abcd1234', format: 'page' },
  importAnnotations: { docId: 'abcd1234', fileName: 'p.xml', content: '<PcGts/>', author: 'Айгүл' },
  exportBundle: { docIds: ['abcd1234'] },
  importBundle: { upload: 'up-0123456789abcdef' },
  resolveIncoming: { docId: 'abcd1234', regionId: 'r-000001', keep: 'theirs', author: 'Айгүл' },
};

let library: TempLibrary;
let counted: ReturnType<typeof countingService>;

beforeEach(async () => {
  fake.reset();
  library = await tempLibrary();
  counted = countingService(library.archive.service);
  bindContract(asIpcMain(fake.ipcMain), counted.service);
});

afterEach(async () => {
  await library.cleanup();
});

/** Sends a call as the preload does, and checks the answer is a well-formed envelope. */
async function call(name: string, args: unknown, from: FakeFrame | null = APP_PAGE): Promise<Envelope> {
  const answer = await fake.ipcMain.invoke(`muragat:call:${name}`, from, args);
  return EnvelopeSchema.parse(answer);
}

function failure(envelope: Envelope): ErrorPayload {
  if (envelope.ok) throw new Error(`expected a failure, got ${JSON.stringify(envelope.value)}`);
  return envelope.error;
}

function success(envelope: Envelope): unknown {
  if (!envelope.ok) throw new Error(`expected success, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}

describe('bindContract: registration', () => {
  it('registers one handler per contract call, on muragat:call:<name>, and nothing else', () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(callNames.map((name) => `muragat:call:${name}`).sort());
  });

  it('leaves no ipcMain.on listener (handle/invoke only: every message gets an answer)', () => {
    expect(fake.ipcMain.eventNames()).toEqual([]);
  });
});

describe('bindContract: sender frame', () => {
  it('answers the app\'s own top-level page (libraryInfo, listDocuments)', async () => {
    const info = success(await call('libraryInfo', {}));
    expect(info).toMatchObject({ location: library.dir, documentCount: 0, readOnly: false });
    expect(success(await call('listDocuments', {}))).toEqual([]);
  });

  it('accepts the app page at any route of its own origin', async () => {
    const routed = fakeFrame('muragat://app/index.html#/document/abcd1234?page=2');
    expect(success(await call('listDocuments', {}, routed))).toEqual([]);
  });

  const untrusted: [string, FakeFrame | null][] = [
    ['no sender frame (navigated away or destroyed)', null],
    ['a subframe of the app page', fakeFrame('muragat://app/index.html', APP_PAGE)],
    ['a subframe of a foreign page', fakeFrame('muragat://app/index.html', fakeFrame('https://evil.example/'))],
    ['a foreign https page', fakeFrame('https://evil.example/')],
    ['a local http page', fakeFrame('http://127.0.0.1:7777/index.html')],
    ['a file:// page', fakeFrame('file:///work/main/out/renderer/index.html')],
    ['another host of the app scheme', fakeFrame('muragat://other/index.html')],
    ['a look-alike host', fakeFrame('muragat://app.evil.example/index.html')],
    ['a data: page', fakeFrame('data:text/html,<script></script>')],
    ['about:blank', fakeFrame('about:blank')],
    ['DevTools', fakeFrame('devtools://devtools/bundled/inspector.html')],
    ['an empty URL', fakeFrame('')],
  ];

  describe.each(untrusted)('from %s', (_label, frame) => {
    it.each(callNames)('%s is refused as forbidden without reaching the library', async (name) => {
      const error = failure(await call(name, VALID_ARGS[name], frame));
      expect(error.code).toBe('forbidden');
      expect(counted.total()).toBe(0);
    });
  });

  it('a forbidden importFiles leaves the library untouched (no document, no managed file)', async () => {
    const scan = join(library.scratch, 'scan.png');
    await writePng(scan);
    const error = failure(await call('importFiles', { paths: [scan] }, fakeFrame('https://evil.example/')));
    expect(error.code).toBe('forbidden');
    expect(counted.calls.get('importFiles')).toBeUndefined();
    expect(success(await call('listDocuments', {}))).toEqual([]);
    expect(await readdir(join(library.dir, 'files'))).toEqual([]);
  });

  it('checks the frame before the arguments: an untrusted frame learns nothing from validation', async () => {
    const error = failure(await call('getDocument', { id: '../etc/passwd' }, fakeFrame('https://evil.example/')));
    expect(error.code).toBe('forbidden');
    expect(error.issues).toBeUndefined();
  });
});

describe('isTrustedFrame', () => {
  it('is true only for a top-level frame of the app origin', () => {
    expect(isTrustedFrame(asFrame(APP_PAGE))).toBe(true);
    expect(isTrustedFrame(asFrame(fakeFrame('muragat://app/index.html', APP_PAGE)))).toBe(false);
    expect(isTrustedFrame(asFrame(fakeFrame('https://evil.example/')))).toBe(false);
    expect(isTrustedFrame(null)).toBe(false);
    expect(isTrustedFrame(undefined)).toBe(false);
  });
});

describe('bindContract: arguments', () => {
  async function invalid(name: CallName, args: unknown): Promise<ErrorPayload> {
    const error = failure(await call(name, args));
    expect(error.code).toBe('invalid-argument');
    // Nothing invalid reaches the engine.
    expect(counted.total()).toBe(0);
    return error;
  }

  it.each([
    ['a number', 42],
    ['an object', { toString: 'abcd1234' }],
    ['null', null],
    ['an array', ['abcd1234']],
  ])('refuses a document id that is %s, naming the argument', async (_label, id) => {
    const error = await invalid('getDocument', { id });
    expect(error.issues).toContainEqual({ path: 'id', message: 'document id must be a string' });
  });

  it.each(['../etc/passwd', '/etc/passwd', '..', 'abcd/../../etc/passwd', 'C:\\Windows\\win.ini', 'ABCD1234', 'abcd 1234', 'abcd1234\0', 'a%2e%2e'])(
    'refuses the document id %j as not an id',
    async (id) => {
      const error = await invalid('getDocument', { id });
      expect(error.issues?.[0]?.path).toBe('id');
      expect(error.issues?.map((i) => i.message).join(' ')).toMatch(/not a path/);
    },
  );

  it('refuses a 10 MB document id as too long, without echoing it back', async () => {
    const error = await invalid('getDocument', { id: 'a'.repeat(10 * 1024 * 1024) });
    expect(error.issues).toContainEqual({ path: 'id', message: expect.stringMatching(/too long/) as unknown });
    expect(JSON.stringify(error).length).toBeLessThan(2_000);
  });

  it('refuses a 10 MB path to import as too long, without echoing it back', async () => {
    const error = await invalid('importFiles', { paths: [`/${'a'.repeat(10 * 1024 * 1024)}`] });
    expect(error.issues).toContainEqual({ path: 'paths.0', message: 'path is too long' });
    expect(JSON.stringify(error).length).toBeLessThan(2_000);
  });

  it.each([
    ['a relative path', '../etc/passwd', 'path must be absolute'],
    ['a path with .. segments', '/etc/../etc/passwd', 'path must not contain ".." segments'],
    ['a path with a NUL', '/tmp/scan.png\0.txt', 'path must not contain NUL'],
  ])('refuses %s to import', async (_label, path, message) => {
    const error = await invalid('importFiles', { paths: [path] });
    expect(error.issues).toContainEqual({ path: 'paths.0', message });
  });

  it('refuses an import naming nothing, and paths that are not an array', async () => {
    expect((await invalid('importFiles', { paths: [] })).issues?.[0]?.message).toBe('name at least one file, folder or upload');
    expect((await invalid('importFiles', { paths: '/tmp/scan.png' })).issues?.[0]?.path).toBe('paths');
  });

  it.each([
    ['libraryInfo', { extra: 1 }],
    ['listDocuments', { verbose: true }],
    ['getDocument', { id: 'abcd1234', path: '/etc/passwd' }],
    ['openPageAsset', { docId: 'abcd1234', page: 0, file: '/etc/passwd' }],
    ['importFiles', { paths: ['/tmp/scan.png'], into: '/etc' }],
  ] as const)('refuses an unknown key in the arguments of %s, naming it', async (name, args) => {
    const error = await invalid(name, args);
    const extra = Object.keys(args).find((key) => !['id', 'docId', 'page', 'paths'].includes(key)) ?? '';
    expect(error.issues?.map((i) => i.message).join(' ')).toContain(`"${extra}"`);
  });

  it('refuses a __proto__ key (prototype pollution through structured clone)', async () => {
    const error = await invalid('listDocuments', JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(error.issues?.[0]?.message).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a string', 'listDocuments'],
    ['a number', 7],
    ['an array', [{}]],
    ['true', true],
  ])('refuses arguments that are %s instead of an object', async (_label, args) => {
    const error = await invalid('listDocuments', args);
    expect(error.issues?.[0]?.path).toBe('(arguments)');
  });

  it.each([
    ['negative', -1],
    ['fractional', 1.5],
    ['a string', '0'],
    ['huge', 1e9],
    ['NaN', Number.NaN],
  ])('refuses a page index that is %s', async (_label, page) => {
    const error = await invalid('openPageAsset', { docId: 'abcd1234', page });
    expect(error.issues?.[0]?.path).toBe('page');
  });

  it('treats missing arguments as {} for calls without arguments', async () => {
    expect(success(await call('listDocuments', undefined))).toEqual([]);
  });

  it('answers with plain data (structured-cloneable, no Error instance crossing IPC)', async () => {
    const answer = await fake.ipcMain.invoke('muragat:call:getDocument', APP_PAGE, { id: '../etc/passwd' });
    expect(structuredClone(answer)).toEqual(answer);
    const error = (answer as { error: unknown }).error;
    expect(Object.getPrototypeOf(error)).toBe(Object.prototype);
  });
});

describe('bindContract: ids the library does not have', () => {
  it('getDocument of an unknown id is not-found', async () => {
    expect(failure(await call('getDocument', { id: 'nosuchdoc' })).code).toBe('not-found');
  });

  it('openPageAsset of an unknown document, or a page it does not have, is not-found', async () => {
    expect(failure(await call('openPageAsset', { docId: 'nosuchdoc', page: 0 })).code).toBe('not-found');
    const scan = join(library.scratch, 'scan.png');
    await writePng(scan);
    const [imported] = success(await call('importFiles', { paths: [scan] })) as { ok: boolean; docId: string }[];
    expect(imported?.ok).toBe(true);
    expect(failure(await call('openPageAsset', { docId: imported?.docId, page: 1 })).code).toBe('not-found');
  });

  it('a trusted import works end to end and yields an app-relative URL, never a file path', async () => {
    const scan = join(library.scratch, 'scan.png');
    await writePng(scan, 64, 48);
    const [imported] = success(await call('importFiles', { paths: [scan] })) as { ok: boolean; docId: string }[];
    const asset = success(await call('openPageAsset', { docId: imported?.docId, page: 0 })) as { url: string; width: number };
    expect(asset.url).toBe(`/files/${imported?.docId ?? ''}/0`);
    expect(asset.url).not.toContain(library.dir);
    expect(asset.width).toBe(64);
  });
});

describe('bindContract: unbinding', () => {
  it('removes every handler it registered', () => {
    fake.reset();
    const unbind = bindContract(asIpcMain(fake.ipcMain), counted.service);
    expect(fake.ipcMain.handlers.size).toBe(callNames.length);
    unbind();
    expect(fake.ipcMain.handlers.size).toBe(0);
    // And a later bind (a reopened library) does not collide with stale handlers.
    bindContract(asIpcMain(fake.ipcMain), counted.service);
    expect(fake.ipcMain.handlers.size).toBe(callNames.length);
  });
});

describe('forwardEvents', () => {
  function target(url: string, destroyed = false): FakeWebContents {
    const contents = new FakeWebContents(url);
    contents.destroyed = destroyed;
    return contents;
  }

  it('sends each service event to app-origin WebContents only, skipping destroyed ones', () => {
    const app = target('muragat://app/index.html#/library');
    const closed = target('muragat://app/index.html', true);
    const foreign = target('https://evil.example/');
    const blank = target('about:blank');
    const other = target('muragat://other/index.html');
    forwardEvents(library.archive.events, () => [app, closed, foreign, blank, other].map(asWebContents));

    library.archive.events.emit('libraryChanged', { docIds: ['abcd1234'] });

    expect(app.sent).toEqual([{ channel: 'muragat:event', args: [{ name: 'libraryChanged', payload: { docIds: ['abcd1234'] } }] }]);
    for (const contents of [closed, foreign, blank, other]) expect(contents.sent).toEqual([]);
  });

  it('asks for the targets at each event, so a window opened later is reached', () => {
    const windows: FakeWebContents[] = [];
    forwardEvents(library.archive.events, () => windows.map(asWebContents));
    library.archive.events.emit('libraryChanged', { docIds: [] });
    const late = target('muragat://app/index.html');
    windows.push(late);
    library.archive.events.emit('libraryChanged', { docIds: ['abcd1234'] });
    expect(late.sent).toHaveLength(1);
  });

  it('stops when unsubscribed', () => {
    const app = target('muragat://app/index.html');
    const stop = forwardEvents(library.archive.events, () => [asWebContents(app)]);
    stop();
    library.archive.events.emit('libraryChanged', { docIds: [] });
    expect(app.sent).toEqual([]);
  });

  it('forwards the progress of an import made through IPC', async () => {
    const app = target('muragat://app/index.html');
    forwardEvents(library.archive.events, () => [asWebContents(app)]);
    const scan = join(library.scratch, 'scan.png');
    await writePng(scan);
    success(await call('importFiles', { paths: [scan] }));
    const names = app.sent.map((m) => (m.args[0] as { name: string }).name);
    // started, one page prepared, done; then the library changed.
    expect(names).toEqual(['importProgress', 'importProgress', 'importProgress', 'libraryChanged']);
  });
});
