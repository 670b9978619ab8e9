import { z } from 'zod';
import { UploadId } from '../../../shared/contract';
import { EnvelopeSchema, MuragatError } from '../../../shared/rpc/errors';
import { asMuragatError } from '../ui/error-text';
import { groupByFolder, notSent, rootFolderPath, type ImportCall, type Outcome } from './import-plan';

/**
 * How files reach the engine, in one place: the desktop app names them by their local paths; a
 * browser (`muragat serve`) uploads each file first and names the uploads. Components give
 * files and receive import calls, whichever mode they run in.
 */
export const isDesktop = (): boolean => window.muragat !== undefined;

/** What the user gave: loose files, files inside picked or dropped folders, and (desktop) dropped folders themselves. */
export interface GivenFiles {
  /** One document each. */
  loose: File[];
  /** One document per folder; relativePath is «folder/sub/name», as a folder picker reports it. */
  inFolders: { file: File; relativePath: string }[];
  /** Desktop app only: folders dropped on the window, sent by their own paths. */
  folders: File[];
}

export interface Prepared {
  calls: ImportCall[];
  /** Files that could not even be sent (no path, upload refused). */
  failures: Outcome[];
}

export type SendingProgress = (done: number, total: number, file: string) => void;

const UploadAnswer = z.object({ uploadId: UploadId });

/** Sends a file to the server (browser mode) and answers its upload id, for a call to name. */
export async function uploadFile(file: File, signal: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch('/api/upload', {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
      body: file,
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw new MuragatError('cancelled', 'the import was cancelled');
    throw new MuragatError('io', `the file could not be sent to the library (${asMuragatError(error).message})`);
  }
  const envelope = EnvelopeSchema.safeParse(await response.json().catch(() => null));
  if (!envelope.success) throw new MuragatError('internal', `the server answered ${response.status} without an envelope`);
  if (!envelope.data.ok) throw MuragatError.fromPayload(envelope.data.error);
  return UploadAnswer.parse(envelope.data.value).uploadId;
}

function prepareDesktop(given: GivenFiles): Prepared {
  const bridge = window.muragat;
  const failures: Outcome[] = [];
  const pathOf = (file: File) => {
    const path = bridge?.pathForFile(file) ?? '';
    if (!path) failures.push(notSent(file.name, 'not-found', 'this file has no path on this computer'));
    return path;
  };
  const loose = given.loose.map(pathOf).filter(Boolean);
  const roots = new Set(given.inFolders.map(({ file, relativePath }) => rootFolderPath(pathOf(file), relativePath)).filter(Boolean));
  const folders = [...roots, ...given.folders.map(pathOf).filter(Boolean)];
  const calls: ImportCall[] = [];
  if (loose.length > 0) calls.push({ paths: loose, uploads: [], grouping: 'file', labels: loose });
  if (folders.length > 0) calls.push({ paths: folders, uploads: [], grouping: 'folder', labels: folders });
  return { calls, failures };
}

async function prepareBrowser(given: GivenFiles, signal: AbortSignal, onSending: SendingProgress): Promise<Prepared> {
  const groups = groupByFolder(given.inFolders);
  const total = given.loose.length + groups.reduce((sum, g) => sum + g.files.length, 0);
  const failures: Outcome[] = [];
  let done = 0;
  const send = async (file: File): Promise<string | undefined> => {
    onSending(done, total, file.name);
    try {
      if (signal.aborted) throw new MuragatError('cancelled', 'the import was cancelled');
      return await uploadFile(file, signal);
    } catch (error) {
      const failure = asMuragatError(error);
      failures.push(notSent(file.name, failure.code, failure.message));
      return undefined;
    } finally {
      done++;
    }
  };

  const calls: ImportCall[] = [];
  const loose: ImportCall = { paths: [], uploads: [], grouping: 'file', labels: [] };
  for (const file of given.loose) {
    const id = await send(file);
    if (id) {
      loose.uploads.push(id);
      loose.labels.push(file.name);
    }
  }
  if (loose.uploads.length > 0) calls.push(loose);
  for (const group of groups) {
    const uploads: string[] = [];
    for (const { file } of group.files) {
      const id = await send(file);
      if (id) uploads.push(id);
    }
    const title = group.folder.split('/').at(-1) || group.folder;
    if (uploads.length === group.files.length) calls.push({ paths: [], uploads, grouping: 'folder', labels: [group.folder], folderTitle: title });
    // A folder missing a page would become an incomplete document: it is reported instead.
    else failures.push(notSent(group.folder, signal.aborted ? 'cancelled' : 'io', 'not imported: some of its pages could not be sent'));
  }
  return { calls, failures };
}

/** Turns what the user gave into import calls for this mode. */
export function prepareImport(given: GivenFiles, signal: AbortSignal, onSending: SendingProgress): Promise<Prepared> {
  return isDesktop() ? Promise.resolve(prepareDesktop(given)) : prepareBrowser(given, signal, onSending);
}
