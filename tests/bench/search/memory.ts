import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, so that memory growth is what is kept rather than garbage not yet
 * collected: global.gc under --expose-gc, else the flag set at run time and gc taken from a
 * fresh context (`npm run bench` runs tsx without node flags).
 */
function collector(): () => void {
  if (!globalThis.gc) setFlagsFromString('--expose-gc');
  const gc = (globalThis.gc ?? runInNewContext('gc')) as (() => void) | undefined;
  if (typeof gc !== 'function') throw new Error('no garbage collector to call: run node with --expose-gc');
  return gc;
}

let collect: (() => void) | undefined;

export interface MemoryUse {
  heap: number;
  rss: number;
}

/** The heap in use and the resident set, in MB, after a full collection. */
export function memoryNow(): MemoryUse {
  (collect ??= collector())();
  const { heapUsed, rss } = process.memoryUsage();
  return { heap: heapUsed / 2 ** 20, rss: rss / 2 ** 20 };
}

export const growth = (before: MemoryUse, after: MemoryUse): MemoryUse => ({ heap: after.heap - before.heap, rss: after.rss - before.rss });
