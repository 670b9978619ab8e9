import { dialog, type BrowserWindow } from 'electron';
import type { TFunction } from 'i18next';
import type { ImportResult } from '../../shared/contract';
import type { Archive } from '../archive/archive';
import { dispatch } from '../archive/service/dispatch';
import { SCAN_EXTENSIONS } from './open-files';

/** File → Import: the user picks scans in the OS dialog; main imports them and reports failures. */
export async function importWithDialog(window: BrowserWindow, archive: Archive, t: TFunction): Promise<void> {
  const picked = await dialog.showOpenDialog(window, {
    title: t('menu.importTitle'),
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: t('menu.scans'), extensions: SCAN_EXTENSIONS }],
  });
  if (picked.canceled || picked.filePaths.length === 0) return;
  const envelope = await dispatch(archive.service, 'importFiles', { paths: picked.filePaths }, { local: true, mayWrite: true });
  if (!envelope.ok) {
    await dialog.showMessageBox(window, { type: 'error', title: t('menu.importFailedTitle'), message: envelope.error.message });
    return;
  }
  const results = envelope.value as ImportResult[];
  const failed = results.filter((r): r is Extract<ImportResult, { ok: false }> => !r.ok);
  if (failed.length === 0) return;
  const summary = t('menu.importDone', {
    imported: results.filter((r) => r.ok && !r.duplicate).length,
    duplicates: results.filter((r) => r.ok && r.duplicate).length,
    failed: failed.length,
  });
  await dialog.showMessageBox(window, {
    type: 'warning',
    title: t('menu.importFailedTitle'),
    message: summary,
    detail: failed.map((r) => `${r.path}: ${r.error.message}`).join('\n'),
  });
}
