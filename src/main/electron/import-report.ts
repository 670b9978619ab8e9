import { dialog, type BrowserWindow } from 'electron';
import type { TFunction } from 'i18next';
import type { ImportResult } from '../../shared/contract';
import type { Archive } from '../archive/archive';
import { dispatch } from '../archive/service/dispatch';

type Failed = Extract<ImportResult, { ok: false }>;

/**
 * Imports files through the contract and tells the user about every file that failed, naming
 * it and the reason; a batch that went through says nothing.
 */
export async function importAndReport(paths: readonly string[], window: BrowserWindow, archive: Archive, t: TFunction): Promise<ImportResult[]> {
  const envelope = await dispatch(archive.service, 'importFiles', { paths }, { local: true, mayWrite: true });
  if (!envelope.ok) {
    await dialog.showMessageBox(window, { type: 'error', title: t('menu.importFailedTitle'), message: envelope.error.message });
    return [];
  }
  const results = envelope.value as ImportResult[];
  const failed = results.filter((r): r is Failed => !r.ok);
  if (failed.length > 0) {
    await dialog.showMessageBox(window, {
      type: 'warning',
      title: t('menu.importFailedTitle'),
      message: t('menu.importDone', {
        imported: results.filter((r) => r.ok && !r.duplicate).length,
        duplicates: results.filter((r) => r.ok && r.duplicate).length,
        failed: failed.length,
      }),
      detail: failed.map((r) => `${r.path}: ${r.error.message}`).join('\n'),
    });
  }
  return results;
}
