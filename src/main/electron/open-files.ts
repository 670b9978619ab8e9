import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { BrowserWindow } from 'electron';
import type { TFunction } from 'i18next';
import type { ImportResult } from '../../shared/contract';
import type { Archive } from '../archive/archive';
import { APP_ENTRY_URL } from './app-scheme';
import { importAndReport } from './import-report';

export const SCAN_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png', 'webp', 'tif', 'tiff'];

/**
 * The scans named on a command line (a double-clicked PDF arrives this way on Windows and
 * Linux): existing files with a scan extension, never flags or the value of --library.
 */
export function scanPathsFromArgv(argv: readonly string[], cwd = process.cwd()): string[] {
  return argv.filter((arg, index) => {
    if (arg.startsWith('-') || argv[index - 1] === '--library') return false;
    if (!SCAN_EXTENSIONS.includes(extname(arg).slice(1).toLowerCase())) return false;
    try {
      return statSync(resolve(cwd, arg)).isFile();
    } catch {
      return false;
    }
  }).map((arg) => resolve(cwd, arg));
}

/** Imports the files the OS asked us to open, reports any that failed, and shows the first document. */
export async function openFilesInApp(paths: readonly string[], archive: Archive, window: BrowserWindow, t: TFunction): Promise<ImportResult[]> {
  if (paths.length === 0) return [];
  const results = await importAndReport(paths, window, archive, t);
  const first = results.find((r) => r.ok);
  if (first?.ok) await window.loadURL(`${APP_ENTRY_URL}#/doc/${first.docId}/page/1`);
  return results;
}
