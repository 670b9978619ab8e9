import { dialog, type BrowserWindow } from 'electron';
import type { TFunction } from 'i18next';
import type { Archive } from '../archive/archive';
import { importAndReport } from './import-report';
import { SCAN_EXTENSIONS } from './open-files';

/** File → Import: the user picks scans in the OS dialog; main imports them and reports failures. */
export async function importWithDialog(window: BrowserWindow, archive: Archive, t: TFunction): Promise<void> {
  const picked = await dialog.showOpenDialog(window, {
    title: t('menu.importTitle'),
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: t('menu.scans'), extensions: SCAN_EXTENSIONS }],
  });
  if (picked.canceled || picked.filePaths.length === 0) return;
  await importAndReport(picked.filePaths, window, archive, t);
}
