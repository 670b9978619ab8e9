import { randomBytes } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes a derived file so that readers never see half of it: temp file, then rename. No fsync:
 * the cache is rebuildable, and `muragat check --repair` remakes anything lost.
 */
export async function writeDerivedFile(path: string, data: Uint8Array | Promise<Uint8Array>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, await data);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
