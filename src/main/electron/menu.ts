import type { MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';

export interface MenuActions {
  importFiles(): void;
}

/** The application menu; every label comes from the shared catalogues. */
export function menuTemplate(t: TFunction, actions: MenuActions, options: { devTools: boolean; mac: boolean }): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      { label: t('menu.import'), accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
      { type: 'separator' },
      options.mac ? { label: t('menu.close'), role: 'close' } : { label: t('menu.quit'), role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { label: t('menu.undo'), role: 'undo' },
      { label: t('menu.redo'), role: 'redo' },
      { type: 'separator' },
      { label: t('menu.cut'), role: 'cut' },
      { label: t('menu.copy'), role: 'copy' },
      { label: t('menu.paste'), role: 'paste' },
      { label: t('menu.selectAll'), role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      { label: t('menu.reload'), role: 'reload' },
      ...(options.devTools ? [{ label: t('menu.devTools'), role: 'toggleDevTools' } as const] : []),
      { type: 'separator' },
      { label: t('menu.resetZoom'), role: 'resetZoom' },
      { label: t('menu.zoomIn'), role: 'zoomIn' },
      { label: t('menu.zoomOut'), role: 'zoomOut' },
      { type: 'separator' },
      { label: t('menu.fullScreen'), role: 'togglefullscreen' },
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: t('menu.window'),
    submenu: [
      { label: t('menu.minimize'), role: 'minimize' },
      { label: t('menu.close'), role: 'close' },
    ],
  };
  const appMenu: MenuItemConstructorOptions[] = options.mac ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, window];
}
