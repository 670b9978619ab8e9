import { MuragatError } from '../../../shared/rpc/errors';
import { isDesktop, uploadFile } from '../import/import-files';

/** How the engine is told which bundle to read: the desktop app names its path; a browser sends the file first. */
export async function bundleSource(file: File, signal: AbortSignal): Promise<{ path: string } | { upload: string }> {
  if (!isDesktop()) return { upload: await uploadFile(file, signal) };
  const path = window.muragat?.pathForFile(file) ?? '';
  if (!path) throw new MuragatError('not-found', 'this file has no path on this computer');
  return { path };
}
