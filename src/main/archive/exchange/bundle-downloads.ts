import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ExportFileName } from '../../../shared/domain/exchange';
import type { LibraryLayout } from '../store/layout';

/** A bundle waits this long to be downloaded; the next open clears older ones. */
const LIFETIME_MS = 24 * 60 * 60 * 1000;
const TOKEN = /^[a-f0-9]{32}$/;

/** The origin-relative URL a window downloads a bundle from. */
export const bundleUrl = (token: string, name: string) => `/bundles/${token}/${encodeURIComponent(name)}`;

/** Where a bundle for download is written: a folder of its own under cache/bundles, named by a token no one can guess. */
export async function newBundleDownload(layout: LibraryLayout, name: string): Promise<{ token: string; path: string }> {
  const token = randomBytes(16).toString('hex');
  const dir = join(layout.bundles, token);
  await mkdir(dir, { recursive: true });
  return { token, path: join(dir, ExportFileName.parse(name)) };
}

/** The bundle a download URL names, or null: the token and name are checked before any path is made of them. */
export async function resolveBundleDownload(layout: LibraryLayout, token: string, rawName: string): Promise<string | null> {
  const name = ExportFileName.safeParse(rawName);
  if (!TOKEN.test(token) || !name.success) return null;
  const path = join(layout.bundles, token, name.data);
  return (await stat(path).catch(() => null))?.isFile() ? path : null;
}

/** Clears bundles older than a day, and any a crash left half-written. */
export async function pruneBundleDownloads(layout: LibraryLayout, now = Date.now()): Promise<void> {
  const tokens = await readdir(layout.bundles).catch(() => []);
  for (const token of tokens) {
    const dir = join(layout.bundles, token);
    const made = (await stat(dir).catch(() => null))?.mtimeMs ?? 0;
    if (now - made > LIFETIME_MS) await rm(dir, { recursive: true, force: true });
  }
}
