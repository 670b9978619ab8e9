import { existsSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { fake } = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('./fake-electron');
  return { fake: createFakeElectron() };
});
vi.mock('electron', () => fake.module);

const { createMainWindow, secureWebPreferences } = await import('../../../src/main/electron/window');
const { preloadPath } = await import('../../../src/main/paths');

const PRELOAD = '/opt/muragat/out/preload/index.cjs';

function openWindow(devTools = false) {
  createMainWindow({ preload: PRELOAD, title: 'Muragat', devTools });
  expect(fake.windows).toHaveLength(1);
  const [window] = fake.windows;
  if (!window) throw new Error('no window was created');
  return window;
}

describe('createMainWindow', () => {
  beforeEach(() => fake.reset());

  it('isolates the renderer: context isolation and the Chromium sandbox on, no Node anywhere', () => {
    const prefs = openWindow().options.webPreferences;
    // toBe(true|false), not truthiness: each must be set explicitly, never left to a default.
    expect(prefs?.contextIsolation).toBe(true);
    expect(prefs?.sandbox).toBe(true);
    expect(prefs?.nodeIntegration).toBe(false);
    expect(prefs?.nodeIntegrationInWorker).toBe(false);
    expect(prefs?.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews, insecure content and experimental features off', () => {
    const prefs = openWindow().options.webPreferences;
    expect(prefs?.webviewTag).toBe(false);
    expect(prefs?.webSecurity).toBe(true);
    expect(prefs?.allowRunningInsecureContent).toBe(false);
    expect(prefs?.experimentalFeatures).toBe(false);
    // A file dropped on the window must not navigate it to file://.
    expect(prefs?.navigateOnDragDrop).toBe(false);
  });

  it('uses the default (hardened) session: no partition or session of its own', () => {
    const prefs = openWindow().options.webPreferences;
    expect(prefs?.partition).toBeUndefined();
    expect(prefs?.session).toBeUndefined();
    // Nothing else gets a say over what the renderer can load.
    expect(prefs?.additionalArguments).toBeUndefined();
    expect(prefs?.enableBlinkFeatures).toBeUndefined();
  });

  it('gives the renderer the CommonJS preload it was asked for', () => {
    const prefs = openWindow().options.webPreferences;
    expect(prefs?.preload).toBe(PRELOAD);
  });

  it('loads exactly the app entry, once, and never a file:// or http URL', () => {
    const window = openWindow();
    expect(window.loadedUrls).toEqual(['muragat://app/index.html']);
  });

  it('shows the window only when its first paint is ready', () => {
    const window = openWindow();
    expect(window.options.show).toBe(false);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('turns DevTools off when asked, on when asked', () => {
    expect(openWindow(false).options.webPreferences?.devTools).toBe(false);
    fake.reset();
    expect(openWindow(true).options.webPreferences?.devTools).toBe(true);
  });

  it('uses the title it was given', () => {
    expect(openWindow().options.title).toBe('Muragat');
  });
});

describe('secureWebPreferences', () => {
  it('is the same for any preload, apart from the preload itself', () => {
    const a = secureWebPreferences('/a/index.cjs', false);
    const b = secureWebPreferences('/b/index.cjs', false);
    expect({ ...a, preload: '' }).toEqual({ ...b, preload: '' });
  });
});

describe('the preload path', () => {
  it('is the built CommonJS preload (a sandboxed preload cannot be an ES module)', () => {
    expect(preloadPath).toMatch(/[\\/]out[\\/]preload[\\/]index\.cjs$/);
  });

  it('when built, is a CommonJS bundle that requires nothing but electron', () => {
    // The build may not exist in a fresh checkout; the path check above still holds then.
    const built = existsSync(preloadPath) ? readFileSync(preloadPath, 'utf8') : 'require("electron");';
    expect(built).not.toMatch(/^\s*import\s/m);
    expect(built).not.toMatch(/^\s*export\s/m);
    const required = [...built.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });
});
