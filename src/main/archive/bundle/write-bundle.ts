import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { MuragatError } from '../../../shared/rpc/errors';
import type { LibraryStore } from '../store/library-store';
import { syncDirectory } from '../store/durable-write';
import { toMuragatError } from '../to-muragat-error';
import { throwIfCancelled } from './bundle-errors';
import { gatherBundle } from './bundle-contents';
import type { BundleSummary } from '../../../shared/domain/bundle-report';
import { fileEntryName, MANIFEST_NAME, shardEntryName } from './bundle-names';

export interface WriteBundleOptions {
  /** The Muragat writing the bundle, recorded in bundle.json. */
  appVersion: string;
  /** Called as each document's annotations and each scan is written: `what` is its title or file name. */
  onProgress?: (done: number, total: number, what: string) => void;
  signal?: AbortSignal;
}

/** One entry of the zip, opened only when yazl reaches it, so one scan is open at a time. */
interface LazyEntry {
  name: string;
  what: string;
  size: number;
  /** JSON shrinks; scans are compressed already and would only cost time. */
  compress: boolean;
  open: () => Readable;
}

/**
 * Writes the chosen documents as a transfer bundle: one zip with bundle.json, each document's
 * annotations and each scan. It is written beside `outPath` as `.partial` and renamed only
 * once complete and synced, so `outPath` is never a half bundle; a cancel or a failure
 * removes the partial file.
 */
export async function writeBundle(store: LibraryStore, docIds: readonly string[], outPath: string, options: WriteBundleOptions): Promise<BundleSummary> {
  const { signal } = options;
  const contents = await gatherBundle(store, docIds, options.appVersion);
  throwIfCancelled(signal, 'Writing the bundle');
  const mtime = new Date(contents.manifest.createdAt);
  const manifest = Buffer.from(JSON.stringify(contents.manifest));
  const entries: LazyEntry[] = [
    ...contents.shards.map(({ docId, title, json }) => ({ name: shardEntryName(docId), what: title, size: json.length, compress: true, open: () => Readable.from([json]) })),
    ...contents.files.map(({ source, path }) => ({ name: fileEntryName(source.sha256, source.format), what: source.originalName, size: source.size, compress: false, open: () => createReadStream(path) })),
  ];
  const partial = `${outPath}.partial`;
  try {
    await writeZip(partial, manifest, entries, mtime, options);
    const handle = await open(partial, 'r+');
    await handle.sync().finally(() => handle.close());
    await rename(partial, outPath);
    await syncDirectory(dirname(outPath));
  } catch (error) {
    await rm(partial, { force: true });
    if (signal?.aborted) throw new MuragatError('cancelled', 'Writing the bundle was cancelled; nothing was kept');
    if (error instanceof MuragatError) throw error;
    const failure = toMuragatError(error);
    throw new MuragatError(failure.code, `The bundle ${basename(outPath)} was not written: ${failure.message}`);
  }
  return { path: outPath, documents: contents.shards.length, files: contents.files.length, bytes: (await stat(outPath)).size };
}

async function writeZip(path: string, manifest: Buffer, entries: readonly LazyEntry[], mtime: Date, { onProgress, signal }: WriteBundleOptions): Promise<void> {
  const zip = new ZipFile();
  const out = createWriteStream(path);
  // Streams being read when a cancel comes are closed with the zip, not left to the collector.
  const reading = new Set<Readable>();
  let done = 0;
  zip.addBuffer(manifest, MANIFEST_NAME, { compress: true, mtime });
  for (const entry of entries) {
    zip.addReadStreamLazy(entry.name, { compress: entry.compress, mtime, size: entry.size }, (callback) => {
      const stream = entry.open();
      reading.add(stream);
      stream.once('close', () => reading.delete(stream));
      stream.once('end', () => onProgress?.(++done, entries.length, entry.what));
      // yazl listens for no errors on a stream it is given: a scan that cannot be read fails the bundle here.
      stream.on('error', (error) => out.destroy(error));
      callback(null, stream);
    });
  }
  zip.end();
  // yazl reports its own failures (a stream longer or shorter than said) on itself, not on its output: passed on likewise.
  zip.on('error', (error: Error) => out.destroy(error));
  try {
    await pipeline(zip.outputStream, out, { signal });
  } finally {
    for (const stream of reading) stream.destroy();
  }
}
