import { open } from 'node:fs/promises';
import type { SourceFormat } from '../../../shared/domain/document';

/** Recognises a scan by its first bytes, never by its name: a JPEG named .tif is a JPEG. */
export async function detectFormat(path: string): Promise<SourceFormat | null> {
  const handle = await open(path, 'r');
  const head = Buffer.alloc(1024);
  try {
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return formatOf(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

export function formatOf(head: Buffer): SourceFormat | null {
  const startsWith = (bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
  if (startsWith([0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith([0x52, 0x49, 0x46, 0x46]) && startsWith([0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (startsWith([0x49, 0x49, 0x2a, 0x00]) || startsWith([0x4d, 0x4d, 0x00, 0x2a]) || startsWith([0x49, 0x49, 0x2b, 0x00])) {
    return 'tiff';
  }
  // The PDF header may follow some junk; readers accept it within the first kilobyte.
  if (head.indexOf('%PDF-') !== -1) return 'pdf';
  return null;
}
