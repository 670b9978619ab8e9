import { existsSync } from 'node:fs';
import sharp from 'sharp';
import type { SourceFile } from '../../../shared/domain/document';
import { MAX_PIXELS } from '../formats/pixel-limit';
import type { LibraryLayout } from '../store/layout';
import { writeDerivedFile } from './atomic-file';
import { SCAN_QUALITY } from './sizes';

const making = new Map<string, Promise<string>>();

/**
 * A TIFF page as an image a browser can show, made on first request and kept in the cache:
 * lossless PNG for bilevel and grey scans (text stays crisp), JPEG for colour. Made once even
 * when several requests ask at the same moment.
 */
export function ensureScanImage(layout: LibraryLayout, source: SourceFile, sourcePage: number): Promise<string> {
  const png = layout.pageImage(source.sha256, sourcePage, 'scan', 'png');
  const jpg = layout.pageImage(source.sha256, sourcePage, 'scan', 'jpg');
  if (existsSync(png)) return Promise.resolve(png);
  if (existsSync(jpg)) return Promise.resolve(jpg);
  const key = `${source.sha256}:${sourcePage}`;
  let pending = making.get(key);
  if (!pending) {
    pending = make(layout.managedFile(source.sha256, source.format), sourcePage, png, jpg).finally(() => making.delete(key));
    making.set(key, pending);
  }
  return pending;
}

async function make(tiff: string, sourcePage: number, png: string, jpg: string): Promise<string> {
  const page = sharp(tiff, { page: sourcePage - 1, limitInputPixels: MAX_PIXELS }).autoOrient();
  const { channels } = await page.clone().metadata();
  if (channels === 1 || channels === 2) {
    await writeDerivedFile(png, page.png({ compressionLevel: 6 }).toBuffer());
    return png;
  }
  await writeDerivedFile(jpg, page.flatten({ background: '#ffffff' }).jpeg({ quality: SCAN_QUALITY }).toBuffer());
  return jpg;
}
