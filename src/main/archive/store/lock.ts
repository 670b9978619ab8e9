import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { z } from 'zod';

const LockFile = z.object({ pid: z.number().int(), host: z.string(), since: z.string(), token: z.string() });
export type LockHolder = Omit<z.infer<typeof LockFile>, 'token'>;

/** `tookOver`: a lock left by a process that died was found; that process did not close the library. */
export type LockResult = { acquired: true; tookOver: boolean; release: () => Promise<void> } | { acquired: false; holder: LockHolder };

/** A lock file that is being written is given this long before it counts as abandoned. */
const HALF_WRITTEN_GRACE_MS = 10_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One writer per library: the first process to create `library.lock` owns the files; any other
 * opens read-only. A lock left by a process that died on this host is taken over.
 */
export async function acquireLock(path: string): Promise<LockResult> {
  const me = { pid: process.pid, host: hostname(), since: new Date().toISOString(), token: randomBytes(8).toString('hex') };
  let tookOver = false;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(JSON.stringify(me));
        await handle.sync();
      } finally {
        await handle.close();
      }
      const releaseOnExit = () => removeIfOurs(path, me.token);
      process.once('exit', releaseOnExit);
      return {
        acquired: true,
        tookOver,
        release: async () => {
          process.removeListener('exit', releaseOnExit);
          const current = await readHolder(path);
          if (current?.token === me.token) await unlink(path).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(path);
    if (holder && !isStale(holder)) return { acquired: false, holder: { pid: holder.pid, host: holder.host, since: holder.since } };
    if (!holder && !(await isAbandonedHalfWritten(path))) {
      return { acquired: false, holder: { pid: 0, host: 'unknown', since: new Date().toISOString() } };
    }
    await unlink(path).catch(() => undefined);
    tookOver = true;
  }
  throw new Error(`could not take the library lock ${path}`);
}

/** Who holds the lock now, if a live process does; takes nothing. */
export async function peekLock(path: string): Promise<LockHolder | undefined> {
  const holder = await readHolder(path);
  if (!holder || isStale(holder)) return undefined;
  return { pid: holder.pid, host: holder.host, since: holder.since };
}

function isStale(holder: z.infer<typeof LockFile>): boolean {
  return holder.host === hostname() && !isAlive(holder.pid);
}

async function isAbandonedHalfWritten(path: string): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs > HALF_WRITTEN_GRACE_MS;
  } catch {
    return true;
  }
}

async function readHolder(path: string): Promise<z.infer<typeof LockFile> | null> {
  try {
    const parsed = LockFile.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function removeIfOurs(path: string, token: string): void {
  try {
    const parsed = LockFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success && parsed.data.token === token) unlinkSync(path);
  } catch {
    // Already gone or unreadable: nothing of ours to remove.
  }
}
