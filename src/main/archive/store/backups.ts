import { copyFile, mkdir, readdir, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** How many snapshots of each file the backups folder keeps. */
export const SNAPSHOTS_KEPT = 10;

/** Copies `file` into the backups folder under a timestamped name and prunes the oldest. */
export async function snapshot(file: string, backupsDir: string, reason: string): Promise<string | null> {
  await mkdir(backupsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const name = basename(file);
  const target = join(backupsDir, `${name}.${stamp}.${reason}`);
  try {
    await copyFile(file, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const mine = (await readdir(backupsDir)).filter((entry) => entry.startsWith(`${name}.`)).sort();
  await Promise.all(mine.slice(0, Math.max(0, mine.length - SNAPSHOTS_KEPT)).map((old) => unlink(join(backupsDir, old))));
  return target;
}
