import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Catalog } from '../../../src/shared/domain/catalog';
import { openLibraryStore } from '../../../src/main/archive/store/library-store';
import type { VersionedSpec } from '../../../src/main/archive/store/versioned-json';
import { tempDir } from '../../support/temp-dir';

/** A pretend schema 2 that renamed `collections` to `shelves`, to exercise the migration hook. */
const CatalogV2 = Catalog.omit({ collections: true }).extend({ shelves: Catalog.shape.collections });
const specV2 = {
  schema: CatalogV2,
  currentVersion: 2,
  migrations: [({ collections, ...rest }) => ({ ...rest, shelves: collections })],
} satisfies VersionedSpec<z.infer<typeof CatalogV2>>;

describe('schema migrations', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(() => dir.cleanup());

  it('upgrades an older file on open, after a snapshot, keeping the old one as .bak', async () => {
    const v1 = await openLibraryStore(dir.path);
    await v1.updateCatalog((c) => {
      c.collections.push({ id: 'alash-1917', name: 'Алаш' });
    });
    await v1.close();
    const v1Text = await readFile(join(dir.path, 'library.json'), 'utf8');

    const v2 = await openLibraryStore(dir.path, { catalogSpec: specV2 as unknown as VersionedSpec<Catalog> });
    const upgraded = JSON.parse(await readFile(join(dir.path, 'library.json'), 'utf8')) as Record<string, unknown>;
    expect(upgraded.schemaVersion).toBe(2);
    expect(upgraded.shelves).toEqual([{ id: 'alash-1917', name: 'Алаш' }]);
    expect(await readFile(join(dir.path, 'library.json.bak'), 'utf8')).toBe(v1Text);
    const snapshots = await readdir(join(dir.path, 'backups'));
    const before = snapshots.find((name) => name.endsWith('before-migration'));
    expect(before).toBeDefined();
    expect(await readFile(join(dir.path, 'backups', before ?? ''), 'utf8')).toBe(v1Text);
    await v2.close();
  });

  it('does not migrate in read-only mode: the file stays as it was', async () => {
    const v1 = await openLibraryStore(dir.path);
    await v1.close();
    const text = await readFile(join(dir.path, 'library.json'), 'utf8');
    const store = await openLibraryStore(dir.path, { readOnly: true, catalogSpec: specV2 as unknown as VersionedSpec<Catalog> });
    expect(await readFile(join(dir.path, 'library.json'), 'utf8')).toBe(text);
    await store.close();
    await writeFile(join(dir.path, 'unused'), '');
  });
});
