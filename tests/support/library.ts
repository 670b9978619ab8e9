import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { openArchive, type Archive } from '../../src/main/archive/archive';
import type { Region } from '../../src/shared/domain/annotations';

export const TEST_VERSION = '0.0.0-test';

export const openTestArchive = (dir: string, options: { readOnly?: boolean } = {}): Promise<Archive> =>
  openArchive(dir, { appVersion: TEST_VERSION, ...options });

/** Every file under `dir`, relative, sorted: to prove an operation touched nothing. */
export async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** A valid region whose text records `n`, for store tests. */
export function sampleRegion(n: number, page = 0): Region {
  const now = new Date().toISOString();
  return {
    id: `r-${String(n).padStart(6, '0')}`,
    page,
    shape: { type: 'rect', x: n % 100, y: 10, width: 50, height: 20 },
    kind: 'text',
    order: n,
    text: `Алаш автономиясы ${n}`,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}
