import { protocol } from 'electron';

export const APP_SCHEME = 'muragat';
export const APP_HOST = 'app';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Must run before the app is ready. "standard" gives the scheme real origins (so 'self' in the
 * CSP and relative URLs work), "secure" makes it a secure context, fetch and streams for pdf.js.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ]);
}

/** True for URLs of the app's own origin. (WHATWG gives custom schemes an opaque origin, so compare parts.) */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
