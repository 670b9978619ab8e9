import type { ImportResult } from '../../../shared/contract';

export type Grouping = 'file' | 'folder';

/** One importFiles request: local paths (desktop app) or upload ids (browser mode). */
export interface ImportCall {
  paths: string[];
  uploads: string[];
  grouping: Grouping;
  /** What each file or folder of the call is called, to report a call that never ran. */
  labels: string[];
  /**
   * Browser mode, one folder: the engine names a document made of uploads after its first file,
   * so the folder's own name is given to it afterwards, as the desktop app's folder import does.
   */
  folderTitle?: string;
}

/** What became of one file (or folder): its result, and how to send it again with a password. */
export interface Outcome {
  result: ImportResult;
  retry?: ImportCall;
}

export interface Tally {
  imported: number;
  duplicates: number;
  failed: number;
  cancelled: number;
}

/** The scans an import picks out of a folder: the engine's own list; hidden files are skipped. */
const SCAN_EXTENSIONS = ['.pdf', '.jpg', '.jpeg', '.png', '.webp', '.tif', '.tiff'];
export const ACCEPTED_FILES = SCAN_EXTENSIONS.join(',');

export const naturalOrder = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** The last part of a path, whichever separator it uses. */
export const displayName = (path: string): string => path.split(/[\\/]/).filter(Boolean).at(-1) ?? path;

export function isScanName(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith('.') && SCAN_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** The folder part of a relative path («Сарыарқа/1918/p1.tif» → «Сарыарқа/1918»). */
export const folderOf = (relativePath: string): string => relativePath.split('/').slice(0, -1).join('/');

/**
 * The scans of a picked folder tree grouped by the folder that holds them, each folder's pages
 * in natural order of their names (p2 before p10), sidecar and hidden files left out.
 */
export function groupByFolder<T extends { relativePath: string }>(files: readonly T[]): { folder: string; files: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const file of files) {
    const parts = file.relativePath.split('/');
    if (parts.some((part) => part.startsWith('.')) || !isScanName(parts.at(-1) ?? '')) continue;
    const folder = folderOf(file.relativePath);
    groups.set(folder, [...(groups.get(folder) ?? []), file]);
  }
  return [...groups]
    .sort(([a], [b]) => naturalOrder.compare(a, b))
    .map(([folder, inFolder]) => ({ folder, files: [...inFolder].sort((a, b) => naturalOrder.compare(a.relativePath, b.relativePath)) }));
}

export const needsPassword = (result: ImportResult): boolean =>
  !result.ok && (result.error.code === 'password-required' || result.error.code === 'wrong-password');

/**
 * Pairs a call's results with what to resend for each: the one upload (each upload of a
 * file-by-file call is one result, in order), the path the result names, or a folder's uploads.
 */
export function outcomesOf(call: ImportCall, results: readonly ImportResult[]): Outcome[] {
  return results.map((result, index) => {
    if (!needsPassword(result)) return { result };
    if (call.uploads.length === 0) return { result, retry: { paths: [result.path], uploads: [], grouping: call.grouping, labels: [result.path] } };
    const upload = call.uploads[index];
    if (call.grouping === 'file' && upload !== undefined) return { result, retry: { paths: [], uploads: [upload], grouping: 'file', labels: [result.path] } };
    return { result, retry: call };
  });
}

/** The calls that send every file that wants a password again, as few as the engine allows. */
export function retryCalls(outcomes: readonly Outcome[]): ImportCall[] {
  const uploads: ImportCall = { paths: [], uploads: [], grouping: 'file', labels: [] };
  const paths: Record<Grouping, ImportCall> = {
    file: { paths: [], uploads: [], grouping: 'file', labels: [] },
    folder: { paths: [], uploads: [], grouping: 'folder', labels: [] },
  };
  const folders: ImportCall[] = [];
  for (const { retry } of outcomes) {
    if (!retry) continue;
    // A folder of uploads is one document: it goes in a call of its own.
    if (retry.uploads.length > 0 && retry.grouping === 'folder') {
      if (!folders.includes(retry)) folders.push(retry);
      continue;
    }
    const into = retry.uploads.length > 0 ? uploads : paths[retry.grouping];
    for (const [i, label] of retry.labels.entries()) {
      const path = retry.paths[i];
      if (path !== undefined && into.paths.includes(path)) continue;
      into.labels.push(label);
      if (path !== undefined) into.paths.push(path);
    }
    into.uploads.push(...retry.uploads);
  }
  return [uploads, paths.file, paths.folder, ...folders].filter((call) => call.paths.length + call.uploads.length > 0);
}

/** The outcomes after a password retry: the retried files' new results replace their failures. */
export const afterRetry = (outcomes: readonly Outcome[], retried: readonly Outcome[]): Outcome[] => [...outcomes.filter((o) => !o.retry), ...retried];

export function tally(outcomes: readonly Outcome[]): Tally {
  const count: Tally = { imported: 0, duplicates: 0, failed: 0, cancelled: 0 };
  for (const { result } of outcomes) {
    if (result.ok) count[result.duplicate ? 'duplicates' : 'imported']++;
    else count[result.error.code === 'cancelled' ? 'cancelled' : 'failed']++;
  }
  return count;
}

/** A file that never reached the engine (its upload failed, the import was cancelled first). */
export const notSent = (path: string, code: Extract<ImportResult, { ok: false }>['error']['code'], message: string): Outcome => ({
  result: { ok: false, path, error: { code, message } },
});

/** Every file or folder of a call that did not run, with the reason. */
export const callNotRun = (call: ImportCall, code: Extract<ImportResult, { ok: false }>['error']['code'], message: string): Outcome[] =>
  call.labels.map((label) => notSent(label, code, message));

/**
 * The picked folder's own path from one file inside it: «/home/a/scans/issue/p1.tif» with the
 * relative path «scans/issue/p1.tif» is inside «/home/a/scans».
 */
export function rootFolderPath(path: string, relativePath: string): string {
  const below = relativePath.split('/').length - 1;
  let end = path.length;
  for (let level = 0; level < below && end > 0; level++) end = Math.max(path.lastIndexOf('/', end - 1), path.lastIndexOf('\\', end - 1));
  return path.slice(0, Math.max(end, 0));
}
