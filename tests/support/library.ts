import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openArchive, type Archive } from '../../src/main/archive/archive';
import { installDemo } from '../../src/main/archive/library/demo';
import { workerPreparer } from '../../src/main/archive/library/import/worker-preparer';
import { tempDir } from './temp-dir';
import type { z } from 'zod';
import { ImportRequest } from '../../src/shared/contract';
import type { Region } from '../../src/shared/domain/annotations';

export const TEST_VERSION = '0.0.0-test';

/** The import worker, run from source through tsx. */
export const TEST_IMPORT_WORKER = new URL('./import-worker.mjs', import.meta.url);

/** A library opened as the desktop app opens it: imports prepared in a real worker thread. */
export const openTestArchive = (dir: string, options: { readOnly?: boolean } = {}): Promise<Archive> =>
  openArchive(dir, { appVersion: TEST_VERSION, preparer: workerPreparer(TEST_IMPORT_WORKER), ...options });

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
    direction: 'auto',
    lines: [],
    tags: [],
    entities: [],
    comments: [],
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}

/** An import request as a caller's arguments become after the contract has parsed them. */
export const importRequest = (request: z.input<typeof ImportRequest>): z.output<typeof ImportRequest> => ImportRequest.parse(request);

/** Imports one file that must import, and gives its document id. */
export async function importOne(archive: Archive, path: string, request: Omit<z.input<typeof ImportRequest>, 'paths'> = {}): Promise<string> {
  const [result] = await archive.service.importFiles(importRequest({ ...request, paths: [path] }));
  if (!result?.ok) throw new Error(`the import of ${path} should have worked: ${JSON.stringify(result)}`);
  return result.docId;
}

export interface DemoLibrary {
  archive: () => Archive;
  docIds: () => string[];
}

/** The bundled demo archive installed into a temporary library for a file of tests, closed and removed after them. */
export function demoLibrary(): DemoLibrary {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let archive: Archive;
  let docIds: string[] = [];
  beforeAll(async () => {
    dir = await tempDir();
    archive = await openTestArchive(join(dir.path, 'library'));
    docIds = await installDemo(archive, resolve(import.meta.dirname, '../../resources/demo'));
  });
  afterAll(async () => {
    await archive.close();
    await dir.cleanup();
  });
  return { archive: () => archive, docIds: () => docIds };
}
