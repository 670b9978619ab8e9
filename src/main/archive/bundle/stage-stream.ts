import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { incomingDir, type StagedFile } from '../library/import/managed-files';
import type { LibraryLayout } from '../store/layout';
import { throwIfCancelled } from './bundle-errors';

/**
 * stageFile's counterpart for a stream (a zip entry): copies it into the library's incoming
 * folder, hashing as it goes, and fsyncs it, so commitStagedFile can move it into place.
 * A failure or a cancel leaves no copy behind.
 */
export async function stageStream(layout: LibraryLayout, source: AsyncIterable<Buffer>, signal?: AbortSignal): Promise<StagedFile> {
  const dir = incomingDir(layout);
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${randomBytes(8).toString('hex')}.part`);
  const hash = createHash('sha256');
  const out = await open(path, 'wx');
  let size = 0;
  try {
    for await (const chunk of source) {
      throwIfCancelled(signal, 'The bundle import');
      hash.update(chunk);
      size += chunk.length;
      await out.write(chunk);
    }
    await out.sync();
  } catch (error) {
    await out.close();
    await unlink(path).catch(() => undefined);
    throw error;
  }
  await out.close();
  return { path, sha256: hash.digest('hex'), size };
}
