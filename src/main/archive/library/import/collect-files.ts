import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

const naturalOrder = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Inside a folder only these are taken: scan folders also hold XML, METS and text sidecars. */
const SCAN_EXTENSIONS = new Set(['.pdf', '.jpg', '.jpeg', '.png', '.webp', '.tif', '.tiff']);

/**
 * Expands folders into the scans inside them (recursively, hidden entries skipped), in natural
 * order. Files named explicitly are always kept, whatever their name: import judges their content.
 */
export async function collectFiles(paths: readonly string[], insideFolder = false): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch {
      // A missing path is reported by the import of that path, with its reason.
    }
    if (!isDirectory) {
      if (!insideFolder || SCAN_EXTENSIONS.has(extname(path).toLowerCase())) out.push(path);
      continue;
    }
    const entries = (await readdir(path)).filter((name) => !name.startsWith('.')).sort(naturalOrder.compare);
    out.push(...(await collectFiles(entries.map((name) => join(path, name)), true)));
  }
  return out;
}
