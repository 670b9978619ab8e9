import { beforeEach, describe, expect, it, vi } from 'vitest';

const { fake } = await vi.hoisted(async () => {
  const { createFakeElectron } = await import('./fake-electron');
  return { fake: createFakeElectron() };
});
vi.mock('electron', () => fake.module);

const { APP_ENTRY_URL, APP_HOST, APP_SCHEME, isAppUrl, registerAppScheme } = await import('../../../src/main/electron/app-scheme');

describe('registerAppScheme', () => {
  beforeEach(() => fake.reset());

  it('registers exactly one privileged scheme, muragat', () => {
    registerAppScheme();
    expect(fake.protocol.privileged.map((s) => s.scheme)).toEqual(['muragat']);
    expect(APP_SCHEME).toBe('muragat');
  });

  it('makes it standard (real origins for CSP \'self\'), secure, fetchable and streamable', () => {
    registerAppScheme();
    const privileges = fake.protocol.privileged[0]?.privileges;
    expect(privileges?.standard).toBe(true);
    expect(privileges?.secure).toBe(true);
    expect(privileges?.supportFetchAPI).toBe(true);
    expect(privileges?.stream).toBe(true);
  });

  it('does not let the scheme escape the CSP or open to other origins', () => {
    registerAppScheme();
    const privileges = fake.protocol.privileged[0]?.privileges ?? {};
    // bypassCSP would switch the response-header CSP off for every app page.
    expect(privileges.bypassCSP).not.toBe(true);
    // No cross-origin reads of the library's scans, no service worker to outlive a page.
    expect(privileges.corsEnabled).not.toBe(true);
    expect(privileges.allowServiceWorkers).not.toBe(true);
  });

  it('the entry page is the app origin\'s index.html', () => {
    expect(APP_HOST).toBe('app');
    expect(APP_ENTRY_URL).toBe('muragat://app/index.html');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
  });
});

describe('isAppUrl', () => {
  it.each([
    'muragat://app/index.html',
    'muragat://app/',
    'muragat://app',
    'muragat://app/assets/index-abc.js',
    'muragat://app/files/abcd1234/0',
    'muragat://app/index.html#/document/abcd1234',
    'muragat://app/index.html?page=3',
  ])('accepts the app origin: %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'muragat://other/index.html',
    'muragat://app.evil.example/index.html',
    'muragat://evil.example/app/index.html',
    'muragat://app:8080/index.html',
    'muragat://user@evil/index.html',
    'muragat:app/index.html',
    'muragat:///app/index.html',
    'https://app/index.html',
    'http://app/index.html',
    'file:///app/index.html',
    'devtools://devtools/bundled/inspector.html',
    'data:text/html,<h1>app</h1>',
    'blob:muragat://app/6a9b2f1e',
    'javascript:alert(1)',
    'about:blank',
    'muragatx://app/index.html',
    'xmuragat://app/index.html',
    ' muragat-app',
    '',
    'not a url at all',
    '//app/index.html',
  ])('refuses anything else: %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
