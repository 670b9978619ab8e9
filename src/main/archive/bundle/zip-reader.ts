import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { open, type Entry, type ZipFile } from 'yauzl';
import { throwIfCancelled } from './bundle-errors';

/**
 * Opens a zip and reads its central directory only. Entries are listed one at a time
 * (lazyEntries) and can then be read in any order (autoClose off), so bundle.json is read
 * first wherever it sits. Sizes are checked against what the directory declares, and names
 * with backslashes refused rather than rewritten.
 */
export function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true }, (error, zip) => {
      if (error) reject(error);
      else resolve(zip);
    });
  });
}

/** An entry's contents, read as they inflate. */
export function entryStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return zip.openReadStreamPromise(entry);
}

/**
 * A small entry whole, checked against its CRC-32 (yauzl does not check it): a damaged JSON
 * entry is refused as damaged, even where the damage still parses.
 */
export async function readEntryBytes(zip: ZipFile, entry: Entry, signal?: AbortSignal): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of (await entryStream(zip, entry)) as AsyncIterable<Buffer>) {
    throwIfCancelled(signal, 'The bundle import');
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  if (crc32(bytes) !== entry.crc32) throw new Error(`${entry.fileName} is damaged (its CRC-32 does not match)`);
  return bytes;
}
