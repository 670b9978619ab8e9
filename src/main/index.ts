import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import type { TFunction } from 'i18next';
import { pickLanguage } from '../shared/i18n/languages';
import { openArchive, type Archive } from './archive/archive';
import { isNewLibrary, welcomeNewLibrary } from './archive/library/first-run';
import { workerPreparer } from './archive/library/import/worker-preparer';
import { toMuragatError } from './archive/to-muragat-error';
import { registerAppScheme, APP_SCHEME } from './electron/app-scheme';
import { importWithDialog } from './electron/import-dialog';
import { bindContract, forwardEvents } from './electron/ipc';
import { chooseLibraryDir } from './electron/library-location';
import { menuTemplate } from './electron/menu';
import { openFilesInApp, scanPathsFromArgv } from './electron/open-files';
import { hardenSession, installSecurityPolicy } from './electron/security';
import { createMainWindow } from './electron/window';
import { createTranslator } from './i18n';
import { demoDir as sourceDemoDir, importWorkerPath, preloadPath, rendererDir } from './paths';
import { createAppHandler } from './web/app-handler';

/** Electron entry: app lifecycle only; everything else lives in electron/ and archive/. */
let archive: Archive | undefined;
let mainWindow: BrowserWindow | undefined;
let translate: TFunction | undefined;
/** Files the OS asked us to open before the window existed (macOS sends them early). */
const pendingFiles: string[] = [];

/** Background work has no caller to report to: it is logged, never left as an unhandled rejection. */
const logFailure = (what: string) => (error: unknown) => console.error(`muragat: ${what}:`, error);

const openFiles = (paths: readonly string[]) => {
  if (archive && mainWindow && translate) openFilesInApp(paths, archive, mainWindow, translate).catch(logFailure('opening files'));
  else pendingFiles.push(...paths);
};

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  installSecurityPolicy(app);
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    // Relative paths are the second launch's, resolved from where it was started.
    openFiles(scanPathsFromArgv(argv.slice(1), workingDirectory));
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFiles([path]);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!archive) return;
    event.preventDefault();
    const closing = archive;
    archive = undefined;
    closing
      .close()
      .catch(logFailure('closing the library'))
      .finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(error));
}

async function start(): Promise<void> {
  const t = createTranslator(pickLanguage([...app.getPreferredSystemLanguages(), app.getLocale()]));
  translate = t;
  try {
    hardenSession(session.defaultSession);
    const libraryDir = chooseLibraryDir(process.argv, process.env, app.getPath('userData'));
    const wasNew = isNewLibrary(libraryDir);
    archive = await openArchive(libraryDir, { appVersion: app.getVersion(), preparer: workerPreparer(importWorkerPath) });
    await welcomeNewLibrary(archive, wasNew, app.isPackaged ? join(process.resourcesPath, 'demo') : sourceDemoDir);
    const current = archive;
    session.defaultSession.protocol.handle(APP_SCHEME, createAppHandler({ rendererDir, archive: current }));
    bindContract(ipcMain, current.service);
    forwardEvents(current.events, () => BrowserWindow.getAllWindows().map((w) => w.webContents));
    const devTools = !app.isPackaged;
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(
          t,
          {
            importFiles: () => {
              if (mainWindow) void importWithDialog(mainWindow, current, t).catch(logFailure('importing'));
            },
          },
          { devTools, mac: process.platform === 'darwin' },
        ),
      ),
    );
    mainWindow = createMainWindow({ preload: preloadPath, title: t('app.name'), devTools });
    openFiles([...pendingFiles.splice(0), ...scanPathsFromArgv(process.argv.slice(1))]);
  } catch (error) {
    fail(error, t('menu.libraryErrorTitle'));
  }
}

function fail(error: unknown, title = 'Muragat'): void {
  dialog.showErrorBox(title, toMuragatError(error).message);
  app.exit(1);
}
