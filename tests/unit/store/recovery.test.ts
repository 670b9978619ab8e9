import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibraryStore } from '../../../src/main/archive/store/library-store';
import { listTree, sampleRegion } from '../../support/library';
import { tempDir } from '../../support/temp-dir';

/** A library with one document-less shard written twice, so both the file and its .bak exist. */
async function libraryWithHistory(root: string) {
  const store = await openLibraryStore(root);
  await store.updateCatalog((c) => {
    c.collections.push({ id: 'kazakh-1917', name: '«Қазақ» 1917' });
  });
  await store.updateCatalog((c) => {
    c.collections.push({ id: 'saryarqa-1918', name: '«Сарыарқа» 1918' });
  });
  await store.updateShard('doc-one', (s) => {
    s.regions.push(sampleRegion(1));
  });
  await store.updateShard('doc-one', (s) => {
    s.regions.push(sampleRegion(2));
  });
  await store.close();
}

describe('recovery of damaged library files', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let catalog: string;
  beforeEach(async () => {
    dir = await tempDir();
    catalog = join(dir.path, 'library.json');
    await libraryWithHistory(dir.path);
  });
  afterEach(() => dir.cleanup());

  it('restores a truncated library.json from its backup, keeps the damaged copy and says so', async () => {
    const text = await readFile(catalog, 'utf8');
    await writeFile(catalog, text.slice(0, text.length / 2));
    const store = await openLibraryStore(dir.path);
    // The backup holds the state before the last write: one collection.
    expect(store.catalog().collections.map((c) => c.id)).toEqual(['kazakh-1917']);
    expect(store.recoveries).toHaveLength(1);
    expect(store.recoveries[0]?.detail).toMatch(/not valid JSON.*restored from its backup/);
    expect((await readdir(dir.path)).some((name) => name.startsWith('library.json.corrupt-'))).toBe(true);
    expect(JSON.parse(await readFile(catalog, 'utf8'))).toMatchObject({ collections: [{ id: 'kazakh-1917' }] });
    await store.close();
  });

  it('restores garbage bytes and a structurally wrong file the same way', async () => {
    await writeFile(catalog, Buffer.from([0xff, 0xfe, 0x00, 0x42, 0x13]));
    const first = await openLibraryStore(dir.path);
    expect(first.recoveries).toHaveLength(1);
    await first.close();
    await writeFile(catalog, JSON.stringify({ schemaVersion: 1, documents: 'not a list' }));
    const second = await openLibraryStore(dir.path);
    expect(second.recoveries[0]?.detail).toMatch(/does not match the expected structure/);
    await second.close();
  });

  it('restores a missing library.json when its backup is there', async () => {
    await rm(catalog);
    const store = await openLibraryStore(dir.path);
    expect(store.recoveries[0]?.detail).toMatch(/missing/);
    expect(store.catalog().collections).toHaveLength(1);
    await store.close();
  });

  it('reports a damaged file without a usable backup and changes nothing', async () => {
    await writeFile(catalog, '{"schemaVersion": 1, "documents": [');
    await writeFile(`${catalog}.bak`, 'also broken');
    const before = await listTree(dir.path);
    await expect(openLibraryStore(dir.path)).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringMatching(/cannot be read.*backup is damaged too.*Nothing was changed/) as unknown,
    });
    expect(await listTree(dir.path)).toEqual(before.filter((f) => f !== 'library.lock'));
    expect(await readFile(catalog, 'utf8')).toBe('{"schemaVersion": 1, "documents": [');
  });

  it('refuses a library written by a newer Muragat instead of misreading it', async () => {
    const newer = JSON.parse(await readFile(catalog, 'utf8')) as Record<string, unknown>;
    await writeFile(catalog, JSON.stringify({ ...newer, schemaVersion: 99 }));
    await expect(openLibraryStore(dir.path)).rejects.toMatchObject({ code: 'unsupported-format', message: expect.stringMatching(/newer Muragat/) as unknown });
    expect(JSON.parse(await readFile(catalog, 'utf8'))).toMatchObject({ schemaVersion: 99 });
  });

  it('restores a truncated annotation shard from its backup when it is read', async () => {
    const shard = join(dir.path, 'annotations', 'doc-one.json');
    await writeFile(shard, (await readFile(shard, 'utf8')).slice(0, 40));
    const store = await openLibraryStore(dir.path);
    const restored = await store.readShard('doc-one');
    expect(restored.regions.map((r) => r.id)).toEqual(['r-000001']);
    expect(store.recoveries.map((r) => r.file)).toEqual([shard]);
    await store.close();
  });

  it('read-only: reads the backup of a damaged file but never writes', async () => {
    const text = await readFile(catalog, 'utf8');
    await writeFile(catalog, text.slice(0, 10));
    const before = await listTree(dir.path);
    const store = await openLibraryStore(dir.path, { readOnly: true });
    expect(store.catalog().collections).toHaveLength(1);
    expect(store.recoveries[0]?.detail).toMatch(/read-only, not repaired/);
    expect(await listTree(dir.path)).toEqual(before);
    expect(await readFile(catalog, 'utf8')).toBe(text.slice(0, 10));
    await store.close();
  });
});
