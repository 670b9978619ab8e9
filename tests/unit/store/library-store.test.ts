import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLibraryStore } from '../../../src/main/archive/store/library-store';
import { sampleRegion } from '../../support/library';
import { tempDir } from '../../support/temp-dir';

const faults = vi.hoisted(() => ({ diskFull: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const { withDiskFaults } = await import('../../support/disk-faults');
  return withDiskFaults(await importOriginal(), faults);
});

describe('library store', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    faults.diskFull = false;
    await dir.cleanup();
  });

  it('creates the library folder layout and a versioned catalog', async () => {
    const store = await openLibraryStore(join(dir.path, 'new-library'));
    expect((await readdir(store.layout.root)).sort()).toEqual(
      ['annotations', 'backups', 'cache', 'files', 'library.json', 'library.lock', 'search'].sort(),
    );
    expect(JSON.parse(await readFile(store.layout.catalog, 'utf8'))).toMatchObject({ schemaVersion: 1, documents: [] });
    await store.close();
  });

  it('keeps one shard per document and rewrites only that one', async () => {
    const store = await openLibraryStore(dir.path);
    await store.updateShard('doc-a', (s) => {
      s.regions.push(sampleRegion(1));
    });
    await store.updateShard('doc-b', (s) => {
      s.regions.push(sampleRegion(2));
    });
    const before = await readFile(store.layout.shard('doc-a'), 'utf8');
    await store.updateShard('doc-b', (s) => {
      s.regions.push(sampleRegion(3));
    });
    expect(await readFile(store.layout.shard('doc-a'), 'utf8')).toBe(before);
    expect((await store.readShard('doc-b')).regions).toHaveLength(2);
    await store.close();
  });

  it('applies concurrent updates of one shard one after another, losing none', async () => {
    const store = await openLibraryStore(dir.path);
    await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        store.updateShard('doc-a', (s) => {
          s.regions.push(sampleRegion(n));
        }),
      ),
    );
    await store.close();
    const reopened = await openLibraryStore(dir.path);
    expect((await reopened.readShard('doc-a')).regions.map((r) => r.order)).toEqual(Array.from({ length: 40 }, (_, n) => n));
    await reopened.close();
  });

  it('keeps memory and disk equal when a write fails', async () => {
    const store = await openLibraryStore(dir.path);
    faults.diskFull = true;
    await expect(
      store.updateCatalog((c) => {
        c.collections.push({ id: 'never-saved', name: 'x' });
      }),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(store.catalog().collections).toEqual([]);
    faults.diskFull = false;
    await store.close();
    const reopened = await openLibraryStore(dir.path);
    expect(reopened.catalog().collections).toEqual([]);
    await reopened.close();
  });

  it('refuses a shard that names another document', async () => {
    const store = await openLibraryStore(dir.path);
    await store.updateShard('doc-a', () => undefined);
    await store.close();
    const { copyFile } = await import('node:fs/promises');
    await copyFile(join(dir.path, 'annotations', 'doc-a.json'), join(dir.path, 'annotations', 'doc-b.json'));
    const reopened = await openLibraryStore(dir.path);
    await expect(reopened.readShard('doc-b')).rejects.toMatchObject({ code: 'corrupt' });
    await reopened.close();
  });
});
