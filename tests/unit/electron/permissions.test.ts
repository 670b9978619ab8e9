import { beforeEach, describe, expect, it, vi } from 'vitest';
import { asSession, FakeWebContents, type Permission } from './fake-electron';

const { fake } = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('./fake-electron');
  return { fake: createFakeElectron() };
});
vi.mock('electron', () => fake.module);

const { hardenSession, isAllowedRequestUrl } = await import('../../../src/main/electron/security');

/**
 * Every permission Electron's declarations name. `satisfies Record<Permission, true>` makes the
 * typecheck fail when Electron adds one, so the list cannot silently fall behind.
 */
const PERMISSIONS = Object.keys({
  ar: true,
  'automatic-fullscreen': true,
  'background-fetch': true,
  'background-sync': true,
  'captured-surface-control': true,
  'clipboard-read': true,
  'clipboard-sanitized-write': true,
  'deprecated-sync-clipboard-read': true,
  'display-capture': true,
  fileSystem: true,
  fullscreen: true,
  geolocation: true,
  'geolocation-approximate': true,
  'hand-tracking': true,
  hid: true,
  'idle-detection': true,
  keyboardLock: true,
  'local-fonts': true,
  'local-network': true,
  'local-network-access': true,
  'loopback-network': true,
  media: true,
  mediaKeySystem: true,
  midi: true,
  midiSysex: true,
  nfc: true,
  notifications: true,
  openExternal: true,
  'payment-handler': true,
  'periodic-background-sync': true,
  'persistent-storage': true,
  pointerLock: true,
  'screen-wake-lock': true,
  sensors: true,
  serial: true,
  'smart-card': true,
  'speaker-selection': true,
  'storage-access': true,
  'system-wake-lock': true,
  'top-level-storage-access': true,
  usb: true,
  vr: true,
  'web-app-installation': true,
  'web-printing': true,
  'window-management': true,
  unknown: true,
} satisfies Record<Permission, true>) as Permission[];

beforeEach(() => {
  fake.reset();
  hardenSession(asSession(fake.session));
});

describe('permission requests', () => {
  it('installs a request handler and a check handler (without them Electron grants everything)', () => {
    expect(fake.session.permissionRequestHandler).toBeTypeOf('function');
    expect(fake.session.permissionCheckHandler).toBeTypeOf('function');
  });

  it.each(PERMISSIONS.filter((p) => p !== 'fullscreen'))('answers a request for %s exactly once, with false', async (permission) => {
    // Exactly [false]: never answering would leave the page's promise hanging, answering twice is a bug.
    expect(await fake.session.requestPermission(permission)).toEqual([false]);
  });

  it('grants full screen to the app\'s own page only (the viewer\'s full-screen reading)', async () => {
    expect(await fake.session.requestPermission('fullscreen', new FakeWebContents('muragat://app/index.html'))).toEqual([true]);
    expect(await fake.session.requestPermission('fullscreen', new FakeWebContents('https://evil.example/'))).toEqual([false]);
    expect(await fake.session.requestPermission('fullscreen', new FakeWebContents('muragat://other/index.html'))).toEqual([false]);
  });

  it('denies the app\'s own page everything but full screen', async () => {
    const own = new FakeWebContents('muragat://app/index.html');
    const foreign = new FakeWebContents('https://evil.example/');
    for (const contents of [own, foreign]) {
      expect(await fake.session.requestPermission('media', contents)).toEqual([false]);
      expect(await fake.session.requestPermission('clipboard-read', contents)).toEqual([false]);
      expect(await fake.session.requestPermission('openExternal', contents)).toEqual([false]);
    }
  });
});

describe('permission checks', () => {
  it.each(PERMISSIONS.filter((p) => p !== 'fullscreen'))('reports %s as not granted', (permission) => {
    expect(fake.session.checkPermission(permission)).toBe(false);
  });

  it('reports full screen as granted to the app origin and to no other', () => {
    expect(fake.session.checkPermission('fullscreen', 'muragat://app')).toBe(true);
    expect(fake.session.checkPermission('fullscreen', 'https://evil.example')).toBe(false);
  });

  it('says no for the app origin, a foreign origin and a check without a WebContents alike', () => {
    expect(fake.session.checkPermission('notifications', 'muragat://app', new FakeWebContents('muragat://app/index.html'))).toBe(false);
    expect(fake.session.checkPermission('notifications', 'https://evil.example', new FakeWebContents('https://evil.example/'))).toBe(false);
    expect(fake.session.checkPermission('geolocation', 'muragat://app', null)).toBe(false);
  });
});

describe('outgoing requests (webRequest.onBeforeRequest)', () => {
  it('watches every URL: no filter that would let some requests bypass it', () => {
    expect(fake.session.webRequest.beforeRequest).toBeDefined();
    expect(fake.session.webRequest.beforeRequest?.filter).toBeUndefined();
  });

  it.each([
    'http://example.com/',
    'http://127.0.0.1:7777/api/libraryInfo',
    'http://localhost/',
    'https://example.com/pdf.worker.js',
    'https://cdn.jsdelivr.net/npm/pdfjs-dist/cmaps/Identity-H.bcmap',
    'ws://127.0.0.1:9229/',
    'wss://example.com/socket',
    'ftp://example.com/file.pdf',
    'file:///etc/passwd',
    'file:///work/main/out/renderer/index.html',
    'blob:https://evil.example/6a9b2f1e-0000-4000-8000-000000000000',
    'blob:null/6a9b2f1e-0000-4000-8000-000000000000',
    'blob:muragat://other/6a9b2f1e-0000-4000-8000-000000000000',
    'muragat://other/index.html',
    'muragat://app.evil.example/index.html',
    'muragat://evil.example/app/index.html',
    'chrome://gpu',
    'javascript:alert(1)',
  ])('cancels %s', async (url) => {
    expect(await fake.session.webRequest.decide(url)).toEqual([{ cancel: true }]);
    expect(isAllowedRequestUrl(url)).toBe(false);
  });

  it.each([
    'muragat://app/index.html',
    'muragat://app/assets/index-abc123.js',
    'muragat://app/pdfjs/cmaps/Identity-H.bcmap',
    'muragat://app/files/abcd1234/0',
    'data:image/png;base64,iVBORw0KGgo=',
    'data:font/woff2;base64,d09GMgABAAAAAA==',
    'blob:muragat://app/6a9b2f1e-0000-4000-8000-000000000000',
    'devtools://devtools/bundled/inspector.html',
  ])('lets %s through', async (url) => {
    expect(await fake.session.webRequest.decide(url)).toEqual([{ cancel: false }]);
    expect(isAllowedRequestUrl(url)).toBe(true);
  });

  it('decides the same for every resource type (a script, a frame, a fetch, a websocket)', async () => {
    for (const type of ['mainFrame', 'subFrame', 'script', 'xhr', 'webSocket', 'image', 'media', 'object'] as const) {
      expect(await fake.session.webRequest.decide('https://example.com/', type)).toEqual([{ cancel: true }]);
      expect(await fake.session.webRequest.decide('muragat://app/index.html', type)).toEqual([{ cancel: false }]);
    }
  });

  it('never redirects a request elsewhere', async () => {
    const [answer] = await fake.session.webRequest.decide('https://example.com/');
    expect(answer?.redirectURL).toBeUndefined();
  });
});
