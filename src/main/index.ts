import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { pickLanguage } from '../shared/i18n/languages';
import { openArchive, type Archive } from './archive/archive';
import { installDemo } from './archive/library/demo';
import { toMuragatError } from './archive/to-muragat-error';
import { registerAppScheme, APP_SCHEME } from './electron/app-scheme';
import { importWithDialog } from './electron/import-dialog';
import { bindContract, forwardEvents } from './electron/ipc';
import { chooseLibraryDir } from './electron/library-location';
import { menuTemplate } from './electron/menu';
import { hardenSession, installSecurityPolicy } from './electron/security';
import { createMainWindow } from './electron/window';
import { createTranslator } from './i18n';
import { demoDir as sourceDemoDir, preloadPath, rendererDir } from './paths';
import { createAppHandler } from './web/app-handler';

/** Electron entry: app lifecycle only; everything else lives in electron/ and archive/. */
let archive: Archive | undefined;
let mainWindow: BrowserWindow | undefined;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  installSecurityPolicy(app);
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!archive) return;
    event.preventDefault();
    const closing = archive;
    archive = undefined;
    void closing.close().finally(() => app.quit());
  });
  app.whenReady().then(start, (error: unknown) => fail(error));
}

async function start(): Promise<void> {
  const t = createTranslator(pickLanguage([...app.getPreferredSystemLanguages(), app.getLocale()]));
  try {
    hardenSession(session.defaultSession);
    const libraryDir = chooseLibraryDir(process.argv, process.env, app.getPath('userData'));
    const firstRun = !existsSync(join(libraryDir, 'library.json'));
    archive = await openArchive(libraryDir, { appVersion: app.getVersion() });
    if (firstRun && !archive.store.readOnly) {
      await installDemo(archive.store, archive.events, app.isPackaged ? join(process.resourcesPath, 'demo') : sourceDemoDir);
    }
    const current = archive;
    session.defaultSession.protocol.handle(APP_SCHEME, createAppHandler({ rendererDir, archive: current }));
    bindContract(ipcMain, current.service);
    forwardEvents(current.events, () => BrowserWindow.getAllWindows().map((w) => w.webContents));
    const devTools = !app.isPackaged;
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(t, { importFiles: () => mainWindow && void importWithDialog(mainWindow, current, t) }, { devTools, mac: process.platform === 'darwin' }),
      ),
    );
    mainWindow = createMainWindow({ preload: preloadPath, title: t('app.name'), devTools });
  } catch (error) {
    fail(error, t('menu.libraryErrorTitle'));
  }
}

function fail(error: unknown, title = 'Muragat'): void {
  dialog.showErrorBox(title, toMuragatError(error).message);
  app.exit(1);
}
