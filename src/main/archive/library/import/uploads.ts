import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { MuragatError } from '../../../../shared/rpc/errors';
import type { LibraryLayout } from '../../store/layout';
import { incomingDir } from './managed-files';

/** Browser mode's largest single upload. */
export const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;
/** Uploads nobody imported (a closed tab, a forgotten password) are removed after a day. */
const UPLOAD_LIFETIME_MS = 24 * 60 * 60 * 1000;

const UploadMeta = z.object({ name: z.string().min(1).max(1000), size: z.number().int().nonnegative() });

const uploadsDir = (layout: LibraryLayout) => join(incomingDir(layout), 'uploads');

/**
 * A file a browser sent (browser mode has no paths on the server's disk): streamed into the
 * library's incoming folder under a random id, with its original name beside it.
 */
export async function acceptUpload(layout: LibraryLayout, name: string, body: WebReadableStream<Uint8Array>): Promise<string> {
  const safeName = basename(name.replace(/\\/g, '/')).slice(0, 1000) || 'upload';
  const id = `up-${randomBytes(8).toString('hex')}`;
  await mkdir(uploadsDir(layout), { recursive: true });
  const path = join(uploadsDir(layout), `${id}.part`);
  let size = 0;
  try {
    const counted = Readable.fromWeb(body).on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_UPLOAD_BYTES) counted.destroy(new MuragatError('too-large', `the upload is larger than ${MAX_UPLOAD_BYTES / 1024 ** 3} GiB`));
    });
    await pipeline(counted, createWriteStream(path, { flags: 'wx' }));
    await writeFile(join(uploadsDir(layout), `${id}.json`), JSON.stringify({ name: safeName, size }));
  } catch (error) {
    await discardUpload(layout, id);
    throw error;
  }
  return id;
}

export async function resolveUpload(layout: LibraryLayout, id: string): Promise<{ path: string; name: string }> {
  try {
    const meta = UploadMeta.parse(JSON.parse(await readFile(join(uploadsDir(layout), `${id}.json`), 'utf8')));
    return { path: join(uploadsDir(layout), `${id}.part`), name: meta.name };
  } catch {
    throw new MuragatError('not-found', `There is no upload ${id} (uploads are kept for a day).`);
  }
}

export async function discardUpload(layout: LibraryLayout, id: string): Promise<void> {
  await rm(join(uploadsDir(layout), `${id}.part`), { force: true });
  await rm(join(uploadsDir(layout), `${id}.json`), { force: true });
}

export async function pruneUploads(layout: LibraryLayout, now = Date.now()): Promise<void> {
  let names: string[];
  try {
    names = await readdir(uploadsDir(layout));
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(uploadsDir(layout), name);
    if (now - (await stat(path)).mtimeMs > UPLOAD_LIFETIME_MS) await rm(path, { force: true });
  }
}
