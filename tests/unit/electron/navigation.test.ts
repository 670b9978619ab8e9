import { beforeEach, describe, expect, it, vi } from 'vitest';
import { asApp, asWebContents, FakeWebContents, fakeEvent } from './fake-electron';

const { fake } = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('./fake-electron');
  return { fake: createFakeElectron() };
});
vi.mock('electron', () => fake.module);

const { hardenWebContents, installSecurityPolicy } = await import('../../../src/main/electron/security');

const FOREIGN = [
  'https://example.com/',
  'http://127.0.0.1:8080/index.html',
  'file:///etc/passwd',
  'file:///work/main/out/renderer/index.html',
  'muragat://other/index.html',
  'muragat://app.evil.example/index.html',
  'data:text/html,<script>alert(1)</script>',
  'javascript:alert(1)',
  'about:blank',
  'devtools://devtools/bundled/inspector.html',
  'chrome://settings',
];

const APP = ['muragat://app/index.html', 'muragat://app/index.html#/document/abcd1234', 'muragat://app/'];

function hardened(): FakeWebContents {
  const contents = new FakeWebContents('muragat://app/index.html');
  hardenWebContents(asWebContents(contents));
  return contents;
}

describe('hardenWebContents', () => {
  it.each(FOREIGN)('prevents navigating away to %s', (url) => {
    expect(hardened().attemptNavigation(url)).toBe(true);
  });

  it.each(APP)('lets the app navigate within its own origin: %s', (url) => {
    expect(hardened().attemptNavigation(url)).toBe(false);
  });

  it.each(FOREIGN)('prevents a redirect to %s', (url) => {
    expect(hardened().attemptRedirect(url)).toBe(true);
  });

  it.each(APP)('lets a redirect within the app origin through: %s', (url) => {
    expect(hardened().attemptRedirect(url)).toBe(false);
  });

  it('prevents attaching any webview, even one pointing at the app', () => {
    const contents = hardened();
    expect(contents.attemptAttachWebview('https://example.com/')).toBe(true);
    expect(contents.attemptAttachWebview('muragat://app/index.html')).toBe(true);
  });

  it.each([...FOREIGN, ...APP])('denies window.open(%s)', (url) => {
    // Exactly { action: 'deny' }: 'allow' with overridden options would still open a window.
    expect(hardened().attemptWindowOpen(url)).toEqual({ action: 'deny' });
  });

  it('a fresh WebContents (the baseline) allows all of it, so the checks above test the hardening', () => {
    const contents = new FakeWebContents('muragat://app/index.html');
    expect(contents.attemptNavigation('https://example.com/')).toBe(false);
    expect(contents.attemptRedirect('https://example.com/')).toBe(false);
    expect(contents.attemptAttachWebview('https://example.com/')).toBe(false);
    expect(contents.attemptWindowOpen('https://example.com/')).toEqual({ action: 'allow' });
  });
});

describe('installSecurityPolicy', () => {
  beforeEach(() => fake.reset());

  it('hardens every WebContents the app creates, not only the main window', () => {
    installSecurityPolicy(asApp(fake.app));
    const contents = [new FakeWebContents(), new FakeWebContents(), new FakeWebContents('muragat://app/index.html')];
    for (const created of contents) fake.app.emit('web-contents-created', fakeEvent({}), created);
    for (const created of contents) {
      expect(created.attemptNavigation('https://example.com/')).toBe(true);
      expect(created.attemptRedirect('https://example.com/')).toBe(true);
      expect(created.attemptAttachWebview('https://example.com/')).toBe(true);
      expect(created.attemptWindowOpen('https://example.com/')).toEqual({ action: 'deny' });
      expect(created.attemptNavigation('muragat://app/index.html')).toBe(false);
    }
  });

  it('hardens the WebContents of a window created later (via the fake BrowserWindow)', () => {
    installSecurityPolicy(asApp(fake.app));
    const window = new fake.BrowserWindow({});
    expect(window.webContents.attemptNavigation('https://example.com/')).toBe(true);
    expect(window.webContents.attemptWindowOpen('https://example.com/')).toEqual({ action: 'deny' });
  });

  it('listens for web-contents-created exactly once', () => {
    installSecurityPolicy(asApp(fake.app));
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);
  });
});
