import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Archive } from '../../../src/main/archive/archive';
import type { ArchiveService } from '../../../src/shared/contract';
import { openTestArchive } from '../../support/library';
import { writePng as writeSamplePng } from '../../support/sample-files';
import { tempDir } from '../../support/temp-dir';

export interface TempLibrary {
  archive: Archive;
  /** The library folder. */
  dir: string;
  /** A folder beside it for scans to import and other scratch files. */
  scratch: string;
  cleanup(): Promise<void>;
}

/** A fresh library in a temporary folder, opened as the app opens it. */
export async function tempLibrary(): Promise<TempLibrary> {
  const root = await tempDir('muragat-electron-');
  const dir = join(root.path, 'library');
  const archive = await openTestArchive(dir);
  return {
    archive,
    dir,
    scratch: root.path,
    cleanup: async () => {
      await archive.close();
      await root.cleanup();
    },
  };
}

/** Writes a small PNG scan at `path` and returns its bytes. */
export async function writePng(path: string, width = 40, height = 30): Promise<Buffer> {
  return readFile(await writeSamplePng(dirname(path), basename(path), width, height));
}

/** Counts, per call, how often the engine was reached: the proof that a refused call touched nothing. */
export function countingService(service: ArchiveService): { service: ArchiveService; calls: Map<string, number>; total(): number } {
  const calls = new Map<string, number>();
  const counted = Object.fromEntries(
    Object.entries(service).map(([name, run]) => [
      name,
      (args: unknown) => {
        calls.set(name, (calls.get(name) ?? 0) + 1);
        return (run as (args: unknown) => Promise<unknown>)(args);
      },
    ]),
  ) as unknown as ArchiveService;
  return { service: counted, calls, total: () => [...calls.values()].reduce((a, b) => a + b, 0) };
}
