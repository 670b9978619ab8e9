import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBundle } from '../../../src/main/archive/bundle/merge-bundle';
import { writeBundle } from '../../../src/main/archive/bundle/write-bundle';
import { importOne, listTree, TEST_VERSION } from '../../support/library';
import { writePdf, writePng } from '../../support/sample-files';
import { put, save, world } from './bundle-support';

describe('cancelling a bundle leaves nothing behind', () => {
  let w: Awaited<ReturnType<typeof world>>;
  let docIds: string[];
  let bundle: string;

  /** Three documents, one of them a PDF of many pages, so there is time to cancel. */
  beforeEach(async () => {
    w = await world();
    docIds = [
      await importOne(w.a.archive, await writePng(w.scans, 'one.png')),
      await importOne(w.a.archive, await writePdf(w.scans, 'long.pdf', Array.from({ length: 6 }, () => [595, 842] as [number, number]))),
      await importOne(w.a.archive, await writePng(w.scans, 'three.png', 320, 240)),
    ];
    for (const docId of docIds) await save(w.a.archive, docId, [put('r-0001', 0)]);
    bundle = join(w.bundles, 'transfer.zip');
  });
  afterEach(async () => {
    await w.a.close();
    await w.b.close();
    await w.cleanup();
  });

  it('while writing: no bundle, no partial file', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const writing = writeBundle(w.a.archive.store, docIds, bundle, {
      appVersion: TEST_VERSION,
      signal: controller.signal,
      onProgress: (_done, _total, what) => {
        seen.push(what);
        controller.abort();
      },
    });
    await expect(writing).rejects.toMatchObject({ code: 'cancelled' });
    expect(seen.length).toBeLessThan(6);
    expect(await readdir(w.bundles)).toEqual([]);
    // The library it was read from is as it was, and the next bundle is written whole.
    expect((await w.a.archive.service.checkLibrary({})).sound).toBe(true);
    expect(await writeBundle(w.a.archive.store, docIds, bundle, { appVersion: TEST_VERSION })).toMatchObject({ documents: 3, files: 3 });
  });

  it('before writing has begun', async () => {
    await expect(writeBundle(w.a.archive.store, docIds, bundle, { appVersion: TEST_VERSION, signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'cancelled' });
    expect(await readdir(w.bundles)).toEqual([]);
  });

  it('while importing: at each step before the catalogue is written, the library is as it was', async () => {
    await writeBundle(w.a.archive.store, docIds, bundle, { appVersion: TEST_VERSION });
    const b = w.b.archive;
    const before = { tree: await listTree(b.store.layout.root), catalog: structuredClone(b.store.catalog()) };
    // Steps: three scans staged, three documents' annotations written; a cancel at any of them is honoured.
    for (const at of [0, 1, 2, 3, 4, 5]) {
      const controller = new AbortController();
      let steps = 0;
      const importing = importBundle(w.b.ctx, bundle, {
        signal: controller.signal,
        onProgress: () => {
          if (steps++ === at) controller.abort();
        },
      });
      await expect(importing).rejects.toMatchObject({ code: 'cancelled' });
      expect(await listTree(b.store.layout.root)).toEqual(before.tree);
      expect(b.store.catalog()).toEqual(before.catalog);
    }
    expect(w.b.events).toEqual([]);
    // A cancelled import costs nothing: the next one adds all three.
    expect((await importBundle(w.b.ctx, bundle)).added).toHaveLength(3);
    expect((await b.service.checkLibrary({})).sound).toBe(true);
  });

  it('before importing has begun', async () => {
    await writeBundle(w.a.archive.store, docIds, bundle, { appVersion: TEST_VERSION });
    await expect(importBundle(w.b.ctx, bundle, { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'cancelled' });
    expect(w.b.archive.store.catalog().documents).toEqual([]);
  });
});
