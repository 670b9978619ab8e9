import { existsSync, readFileSync } from 'node:fs';
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { openArchive } from '../../../src/main/archive/archive';
import { rendererDir, preloadPath } from '../../../src/main/paths';
import { callNames } from '../../../src/shared/contract';
import { EnvelopeSchema } from '../../../src/shared/rpc/errors';
import { tempDir } from '../../support/temp-dir';
import { fakeEvent, fakeFrame, type FakeBrowserWindow } from './fake-electron';
import { writePng } from './temp-library';

const { fake } = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('./fake-electron');
  return { fake: createFakeElectron() };
});
vi.mock('electron', () => fake.module);

/**
 * src/main/index.ts runs its lifecycle at import, so each test resets the module registry,
 * resets the fake, and imports it afresh, playing Electron's part (ready, second instance, quit).
 */

let work: { path: string; cleanup: () => Promise<void> };
let libraryDir: string;

beforeEach(async () => {
  vi.resetModules();
  fake.reset();
  work = await tempDir('muragat-lifecycle-');
  libraryDir = join(work.path, 'library');
  // An existing library: the first-run demo import is not what these tests are about.
  const existing = await openArchive(libraryDir, { appVersion: '0.0.0-test' });
  await existing.close();
  fake.app.paths.set('userData', join(work.path, 'userData'));
  vi.stubEnv('MURAGAT_LIBRARY', libraryDir);
});

afterEach(async () => {
  // Let the entry close its library (will-quit) so the lock is released before the folder goes.
  if (!fake.app.quitted) {
    fake.app.quit();
    await vi.waitFor(() => expect(fake.app.quitted).toBe(true));
  }
  vi.unstubAllEnvs();
  await work.cleanup();
});

const importEntry = () => import('../../../src/main/index');

/** Plays Electron's process.resourcesPath for a packaged app; removed after the test. */
function withResourcesPath(path: string): void {
  Object.defineProperty(process, 'resourcesPath', { value: path, configurable: true });
  onTestFinished(() => {
    Reflect.deleteProperty(process, 'resourcesPath');
  });
}

const DEMO_DIR = join(import.meta.dirname, '../../../resources/demo');
const demoCount = (): number => (JSON.parse(readFileSync(join(DEMO_DIR, 'manifest.json'), 'utf8')) as { documents: unknown[] }).documents.length;

async function libraryInfo(): Promise<{ documentCount: number; location: string }> {
  const envelope = EnvelopeSchema.parse(await fake.ipcMain.invoke('muragat:call:libraryInfo', fakeFrame('muragat://app/index.html'), {}));
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as { documentCount: number; location: string };
}

/** Makes the app ready and waits until start() has made its window (or reported a failure). */
async function startApp(): Promise<FakeBrowserWindow> {
  await importEntry();
  fake.app.becomeReady();
  await vi.waitFor(() => expect(fake.windows.length + fake.dialog.errorBoxes.length).toBeGreaterThan(0));
  expect(fake.dialog.errorBoxes).toEqual([]);
  expect(fake.windows).toHaveLength(1);
  const [window] = fake.windows;
  if (!window) throw new Error('no window');
  return window;
}

const position = (entry: string): number => {
  const index = fake.log.indexOf(entry);
  expect(index, `${entry} happened`).toBeGreaterThanOrEqual(0);
  return index;
};

describe('before the app is ready', () => {
  it('registers the app scheme as privileged, while whenReady has not resolved yet', async () => {
    await importEntry();
    expect(fake.app.ready).toBe(false);
    expect(fake.protocol.privileged.map((s) => s.scheme)).toEqual(['muragat']);
    expect(fake.protocol.privileged[0]?.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, stream: true });
    fake.app.becomeReady();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect(position('protocol.registerSchemesAsPrivileged')).toBeLessThan(position('app.ready'));
  });

  it('does nothing else before ready: no handler, no protocol, no window', async () => {
    await importEntry();
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(fake.protocol.handlers.size).toBe(0);
    expect(fake.windows).toEqual([]);
    expect(fake.session.permissionRequestHandler).toBeUndefined();
  });

  it('already watches for new WebContents, so none escapes the navigation policy', async () => {
    await importEntry();
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);
  });
});

describe('single instance', () => {
  it('quits, and creates nothing, when another instance holds the lock', async () => {
    fake.app.singleInstanceLock = false;
    await importEntry();
    expect(fake.app.quitCount).toBe(1);
    expect(fake.app.quitted).toBe(true);
    expect(fake.log).not.toContain('app.whenReady');
    // Even if Electron became ready before quitting, nothing starts.
    fake.app.becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.windows).toEqual([]);
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(fake.protocol.handlers.size).toBe(0);
    expect(fake.app.listenerCount('second-instance')).toBe(0);
  });

  it('asks for the lock exactly once', async () => {
    await importEntry();
    expect(fake.log.filter((entry) => entry === 'app.requestSingleInstanceLock')).toHaveLength(1);
  });

  it('a second instance brings the existing window back: restored if minimised, then focused', async () => {
    const window = await startApp();
    window.minimized = true;
    fake.app.emit('second-instance', fakeEvent({}), ['muragat'], work.path, {});
    expect(window.restoreCount).toBe(1);
    expect(window.minimized).toBe(false);
    expect(window.focusCount).toBe(1);
    fake.app.emit('second-instance', fakeEvent({}), ['muragat'], work.path, {});
    expect(window.restoreCount).toBe(1);
    expect(window.focusCount).toBe(2);
    expect(fake.windows).toHaveLength(1);
  });

  it('a second instance before the window exists does not throw', async () => {
    await importEntry();
    expect(() => fake.app.emit('second-instance', fakeEvent({}), ['muragat'], work.path, {})).not.toThrow();
  });
});

describe('after ready', () => {
  it('hardens the session before anything can load: permissions and requests denied', async () => {
    await startApp();
    expect(await fake.session.requestPermission('media')).toEqual([false]);
    expect(fake.session.checkPermission('notifications')).toBe(false);
    expect(await fake.session.webRequest.decide('https://example.com/')).toEqual([{ cancel: true }]);
    expect(await fake.session.webRequest.decide('muragat://app/index.html')).toEqual([{ cancel: false }]);
    expect(position('session.setPermissionRequestHandler')).toBeLessThan(position('protocol.handle:muragat'));
    expect(position('session.setPermissionRequestHandler')).toBeLessThan(position('new BrowserWindow'));
  });

  it('serves the app scheme with the shared handler, with the CSP on its answers', async () => {
    await startApp();
    expect([...fake.protocol.handlers.keys()]).toEqual(['muragat']);
    expect(position('protocol.handle:muragat')).toBeLessThan(position('new BrowserWindow'));
    const response = await fake.protocol.fetch(new Request('muragat://app/index.html'));
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).not.toContain("'unsafe-eval'");
    const built = join(rendererDir, 'index.html');
    if (existsSync(built)) {
      // The renderer is built: the entry page is served from out/renderer.
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toBe(readFileSync(built, 'utf8'));
    } else {
      // Not built: a 404, still with the CSP.
      expect(response.status).toBe(404);
    }
    const missing = await fake.protocol.fetch(new Request('muragat://app/..%2fpackage.json'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Content-Security-Policy')).toBe(csp);
  });

  it('binds every contract call on ipcMain, answering the app page from the chosen library', async () => {
    await startApp();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(callNames.map((name) => `muragat:call:${name}`).sort());
    const info = EnvelopeSchema.parse(await fake.ipcMain.invoke('muragat:call:libraryInfo', fakeFrame('muragat://app/index.html'), {}));
    // An existing library: the one MURAGAT_LIBRARY names, left as it was (no demo added).
    expect(info).toMatchObject({ ok: true, value: { location: libraryDir, readOnly: false, documentCount: 0 } });
    const refused = EnvelopeSchema.parse(await fake.ipcMain.invoke('muragat:call:libraryInfo', fakeFrame('https://evil.example/'), {}));
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('creates one sandboxed, isolated window with the built CommonJS preload, loading the app entry', async () => {
    const window = await startApp();
    const prefs = window.options.webPreferences;
    expect(prefs?.sandbox).toBe(true);
    expect(prefs?.contextIsolation).toBe(true);
    expect(prefs?.nodeIntegration).toBe(false);
    expect(prefs?.webviewTag).toBe(false);
    expect(prefs?.preload).toBe(preloadPath);
    expect(prefs?.preload).toMatch(/\.cjs$/);
    expect(window.loadedUrls).toEqual(['muragat://app/index.html']);
    expect(window.options.title).toBe('Muragat');
  });

  it('the window\'s own WebContents got the navigation policy', async () => {
    const window = await startApp();
    expect(window.webContents.attemptNavigation('https://example.com/')).toBe(true);
    expect(window.webContents.attemptWindowOpen('https://example.com/')).toEqual({ action: 'deny' });
    expect(window.webContents.attemptAttachWebview('muragat://app/index.html')).toBe(true);
  });

  it('forwards library events to the window', async () => {
    const window = await startApp();
    const scan = join(work.path, 'scan.png');
    await writePng(scan);
    const answer = EnvelopeSchema.parse(await fake.ipcMain.invoke('muragat:call:importFiles', fakeFrame('muragat://app/index.html'), { paths: [scan] }));
    expect(answer.ok).toBe(true);
    const names = window.webContents.sent.map((message) => (message.args[0] as { name: string }).name);
    expect(names).toContain('libraryChanged');
  });

  it('unpackaged: a translated menu with DevTools, and DevTools enabled in the window', async () => {
    const window = await startApp();
    const labels = JSON.stringify(fake.Menu.applicationMenu?.template);
    expect(labels).toContain('"File"');
    expect(labels).toContain('"toggleDevTools"');
    expect(window.options.webPreferences?.devTools).toBe(true);
  });

  it('packaged: no DevTools in the menu or the window', async () => {
    fake.app.isPackaged = true;
    // Electron defines process.resourcesPath; plain Node does not.
    withResourcesPath(join(work.path, 'resources'));
    const window = await startApp();
    expect(JSON.stringify(fake.Menu.applicationMenu?.template)).not.toContain('toggleDevTools');
    expect(window.options.webPreferences?.devTools).toBe(false);
  });

  it('speaks the system language in the menu', async () => {
    fake.app.preferredLanguages = ['kk-KZ'];
    await startApp();
    expect(JSON.stringify(fake.Menu.applicationMenu?.template)).toContain('"Файл"');
  });
});

describe('first run', () => {
  it('a new library (unpackaged) receives the demo archive from resources/demo', async () => {
    vi.stubEnv('MURAGAT_LIBRARY', join(work.path, 'new-library'));
    await startApp();
    expect(await libraryInfo()).toMatchObject({ location: join(work.path, 'new-library'), documentCount: demoCount() });
  });

  it('a new library (packaged) takes the demo from process.resourcesPath', async () => {
    fake.app.isPackaged = true;
    await cp(DEMO_DIR, join(work.path, 'resources', 'demo'), { recursive: true });
    withResourcesPath(join(work.path, 'resources'));
    vi.stubEnv('MURAGAT_LIBRARY', join(work.path, 'new-library'));
    await startApp();
    expect((await libraryInfo()).documentCount).toBe(demoCount());
  });
});

describe('files the OS asks the app to open', () => {
  it('open-file before the window exists is queued, then imported and shown inside the app origin', async () => {
    const scan = join(work.path, 'early.png');
    await writePng(scan);
    await importEntry();
    const event = fakeEvent({});
    fake.app.emit('open-file', event, scan);
    // macOS needs preventDefault to know the app took the file.
    expect(event.defaultPrevented).toBe(true);
    fake.app.becomeReady();
    await vi.waitFor(() => expect(fake.windows[0]?.loadedUrls).toHaveLength(2));
    const [entry, shown] = fake.windows[0]?.loadedUrls ?? [];
    expect(entry).toBe('muragat://app/index.html');
    expect(shown).toMatch(/^muragat:\/\/app\/index\.html#\/doc\/[a-z0-9-]+\/page\/1$/);
    expect((await libraryInfo()).documentCount).toBe(1);
  });

  it('a second instance with an absolute scan path imports it into the running app', async () => {
    const window = await startApp();
    const scan = join(work.path, 'second.png');
    await writePng(scan);
    fake.app.emit('second-instance', fakeEvent({}), ['/usr/bin/muragat', '--some-switch', scan], '/', {});
    await vi.waitFor(() => expect(window.loadedUrls).toHaveLength(2));
    expect(window.loadedUrls[1]).toMatch(/^muragat:\/\/app\/index\.html#\/doc\//);
    expect((await libraryInfo()).documentCount).toBe(1);
  });

  it('a second instance with a relative path is resolved from where that launch was started', async () => {
    const window = await startApp();
    await writePng(join(work.path, 'relative.png'));
    fake.app.emit('second-instance', fakeEvent({}), ['/usr/bin/muragat', 'relative.png'], work.path, {});
    await vi.waitFor(() => expect(window.loadedUrls).toHaveLength(2));
    expect(window.loadedUrls[1]).toMatch(/^muragat:\/\/app\/index\.html#\/doc\//);
    expect((await libraryInfo()).documentCount).toBe(1);
  });

  it('a second instance passing flags, the --library value or non-scans imports nothing', async () => {
    const window = await startApp();
    const notAScan = join(work.path, 'notes.txt');
    await writeFile(notAScan, 'text');
    const scan = join(work.path, 'lib.png');
    await writePng(scan);
    fake.app.emit('second-instance', fakeEvent({}), ['/usr/bin/muragat', '--library', scan, notAScan, '--inspect=9229'], '/', {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.loadedUrls).toEqual(['muragat://app/index.html']);
    expect((await libraryInfo()).documentCount).toBe(0);
  });
});

describe('failure and quitting', () => {
  it('a library that cannot be opened shows an error box and exits with 1, opening nothing', async () => {
    const notAFolder = join(work.path, 'a-file');
    await writeFile(notAFolder, 'not a library');
    vi.stubEnv('MURAGAT_LIBRARY', notAFolder);
    await importEntry();
    fake.app.becomeReady();
    await vi.waitFor(() => expect(fake.app.exitCodes).toEqual([1]));
    expect(fake.dialog.errorBoxes).toHaveLength(1);
    expect(fake.dialog.errorBoxes[0]?.title).toBe('The library cannot be opened');
    expect(fake.windows).toEqual([]);
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(fake.protocol.handlers.size).toBe(0);
  });

  it('quitting closes the library first, releasing its lock', async () => {
    await startApp();
    // While the app runs, the library is locked: a second opener gets it read-only.
    const meanwhile = await openArchive(libraryDir, { appVersion: '0.0.0-test' });
    expect(meanwhile.store.readOnly).toBe(true);
    await meanwhile.close();

    fake.app.quit();
    expect(fake.app.quitted).toBe(false);
    await vi.waitFor(() => expect(fake.app.quitted).toBe(true));
    const after = await openArchive(libraryDir, { appVersion: '0.0.0-test' });
    expect(after.store.readOnly).toBe(false);
    await after.close();
  });

  it('closing the last window quits', async () => {
    await startApp();
    fake.app.emit('window-all-closed');
    await vi.waitFor(() => expect(fake.app.quitted).toBe(true));
  });
});
