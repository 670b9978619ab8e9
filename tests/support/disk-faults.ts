import type * as FsPromises from 'node:fs/promises';

/** Switches for simulated disk failures; tests flip them, the mocked `open` obeys. */
export interface DiskFaults {
  /** Every write through a file opened for writing fails with ENOSPC, as on a full disk. */
  diskFull: boolean;
  /** Only files under this folder fail to be written (`open` for writing, or `writeFile`): a disk that fills up mid-import. */
  fullUnder?: string | undefined;
}

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/**
 * The real node:fs/promises with an `open` whose handles fail like a full disk while
 * `faults.diskFull` is set, or for files under `faults.fullUnder`. Used through
 * vi.mock('node:fs/promises', …).
 */
export function withDiskFaults(real: typeof FsPromises, faults: DiskFaults): typeof FsPromises {
  const fullAt = (path: unknown) => faults.fullUnder !== undefined && String(path).startsWith(faults.fullUnder);
  const open: typeof real.open = async (...args) => {
    const handle = await real.open(...args);
    const opensForWriting = /[wa+]/.test(String(args[1] ?? 'r'));
    if ((faults.diskFull || fullAt(args[0])) && opensForWriting) {
      handle.writeFile = () => Promise.reject(enospc());
      handle.write = () => Promise.reject(enospc());
    }
    return handle;
  };
  const writeFile: typeof real.writeFile = (...args) => (fullAt(args[0]) ? Promise.reject(enospc()) : real.writeFile(...args));
  return { ...real, open, writeFile };
}
