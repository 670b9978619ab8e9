import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SourceFormat } from '../../../../shared/domain/document';
import { syncDirectory } from '../../store/durable-write';
import type { LibraryLayout } from '../../store/layout';

/** A copy of an incoming file, hashed while it was copied, not yet part of the library. */
export interface StagedFile {
  path: string;
  sha256: string;
  size: number;
}

export const incomingDir = (layout: LibraryLayout) => join(layout.files, '.incoming');

/**
 * Copies `source` into the library's incoming folder, hashing as it goes, and fsyncs it.
 * Working from our own copy means a source that changes or vanishes later cannot hurt the import.
 */
export const stageFile = (layout: LibraryLayout, source: string): Promise<StagedFile> => stageStream(layout, createReadStream(source) as AsyncIterable<Buffer>);

/**
 * stageFile for a stream (a zip entry, say): `checkpoint` runs before each chunk and may throw
 * to stop (a cancel). A failure leaves no copy behind.
 */
export async function stageStream(layout: LibraryLayout, source: AsyncIterable<Buffer>, checkpoint?: () => void): Promise<StagedFile> {
  const dir = incomingDir(layout);
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${randomBytes(8).toString('hex')}.part`);
  const hash = createHash('sha256');
  const out = await open(path, 'wx');
  let size = 0;
  try {
    for await (const chunk of source) {
      checkpoint?.();
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

/** Moves a staged file to its content address; an identical file already there is kept. */
export async function commitStagedFile(layout: LibraryLayout, staged: StagedFile, format: SourceFormat): Promise<string> {
  const target = layout.managedFile(staged.sha256, format);
  await mkdir(dirname(target), { recursive: true });
  if (await exists(target)) {
    await unlink(staged.path);
    return target;
  }
  await rename(staged.path, target);
  await syncDirectory(dirname(target));
  return target;
}

export async function discardStagedFile(staged: StagedFile): Promise<void> {
  await unlink(staged.path).catch(() => undefined);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** SHA-256 of a file, streamed. */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest('hex');
}
