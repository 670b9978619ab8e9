import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './app-scheme';

/** URLs the renderer may load: its own origin, plus in-memory blobs and data URLs it makes itself. */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  if (url.startsWith('data:')) return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  // DevTools loads its own front end; it is only there in unpackaged builds.
  return url.startsWith('devtools:');
}

/**
 * The one permission the app's own pages get: full screen, for the viewer. Nothing else
 * (camera, notifications, clipboard-read…) is ever granted; no request leaves the app.
 */
export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return permission === 'fullscreen' && isAppUrl(requestingUrl);
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isPermissionGranted(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
}

/** Navigation away from the app, new windows and webviews are all refused. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function installSecurityPolicy(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
