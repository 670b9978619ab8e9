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

/** No permission (camera, notifications, clipboard-read…) is ever granted; no request leaves the app. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
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
