import { BrowserWindow, type WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './app-scheme';

/** The renderer gets no Node, no shared context with the preload, and the Chromium sandbox. */
export function secureWebPreferences(preload: string, devTools: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools,
  };
}

export function createMainWindow(options: { preload: string; title: string; devTools: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: options.title,
    backgroundColor: '#f4f1ea',
    webPreferences: secureWebPreferences(options.preload, options.devTools),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('muragat: loading the app page:', error));
  return window;
}
