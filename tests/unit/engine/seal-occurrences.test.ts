import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/main/archive/archive';
import { SaveRegionsRequest, type RegionChangeInput } from '../../../src/shared/contract';
import type { RegionContentInput } from '../../../src/shared/domain/annotations';
import { importRequest, openTestArchive } from '../../support/library';
import { writePng } from '../../support/sample-files';
import { tempDir } from '../../support/temp-dir';

const impression = (over: Partial<RegionContentInput> = {}): RegionContentInput => ({
  page: 0,
  shape: { type: 'rect', x: 20, y: 30, width: 40, height: 40 },
  kind: 'seal',
  order: 0,
  text: 'الاش وردا',
  status: 'done',
  ...over,
});

describe('seal occurrences: the seal regions that name a seal', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let archive: Archive;
  let docs: string[];
  let sealId: string;
  const library = () => join(dir.path, 'library');
  const save = async (docId: string, changes: RegionChangeInput[]) => {
    const result = await archive.service.saveRegions(SaveRegionsRequest.parse({ docId, author: 'Айгүл', changes }));
    if (!result.ok) throw new Error('the save should have worked');
    return result.saved;
  };
  const occurrences = async () => (await archive.service.getSeal({ id: sealId })).occurrences;
  const count = async () => (await archive.service.listSeals({})).find((s) => s.id === sealId)?.occurrenceCount;

  beforeEach(async () => {
    dir = await tempDir();
    archive = await openTestArchive(library());
    const results = await archive.service.importFiles(importRequest({ paths: [await writePng(dir.path, 'a.png', 120, 160), await writePng(dir.path, 'b.png', 200, 100)] }));
    docs = results.map((r) => (r.ok ? r.docId : ''));
    sealId = (await archive.service.createSeal({ fields: { inscription: 'الاش وردا', inscriptionScript: 'Arab', owner: 'Алашорда' } })).id;
  });
  afterEach(async () => {
    await archive.close();
    await dir.cleanup();
  });

  it('shows a linked impression with its box and page size, and forgets it once unlinked', async () => {
    const [a = '', b = ''] = docs;
    // Read once before the links exist, so the index is built and must then follow the saves.
    expect(await occurrences()).toEqual([]);
    await save(a, [{ op: 'put', id: 'r-0001', baseRevision: 0, content: impression({ sealId }) }]);
    const triangle: RegionContentInput['shape'] = {
      type: 'polygon',
      points: [
        [150, 10],
        [190, 10],
        [170, 60],
      ],
    };
    await save(b, [
      { op: 'put', id: 'r-0002', baseRevision: 0, content: impression({ sealId, shape: triangle }) },
      { op: 'put', id: 'r-0003', baseRevision: 0, content: impression({ order: 1 }) },
    ]);
    expect(await occurrences()).toEqual([
      { docId: a, title: 'a', page: 0, regionId: 'r-0001', thumbnailUrl: `/pages/${a}/0/thumbnail`, previewUrl: `/pages/${a}/0/preview`, bounds: { x: 20, y: 30, width: 40, height: 40 }, pageSize: { width: 120, height: 160 } },
      { docId: b, title: 'b', page: 0, regionId: 'r-0002', thumbnailUrl: `/pages/${b}/0/thumbnail`, previewUrl: `/pages/${b}/0/preview`, bounds: { x: 150, y: 10, width: 40, height: 50 }, pageSize: { width: 200, height: 100 } },
    ]);
    expect(await count()).toBe(2);

    await save(a, [{ op: 'put', id: 'r-0001', baseRevision: 1, content: impression() }]);
    await save(b, [{ op: 'delete', id: 'r-0002', baseRevision: 1 }]);
    expect(await occurrences()).toEqual([]);
    expect(await count()).toBe(0);
  });

  it('reads the links from the annotation files when a library is opened', async () => {
    const [a = ''] = docs;
    await save(a, [{ op: 'put', id: 'r-0001', baseRevision: 0, content: impression({ sealId }) }]);
    await archive.close();
    archive = await openTestArchive(library());
    expect((await occurrences()).map((o) => [o.docId, o.regionId])).toEqual([[a, 'r-0001']]);
  });

  it('hides the impressions of a document in the trash until it is restored', async () => {
    const [a = ''] = docs;
    await save(a, [{ op: 'put', id: 'r-0001', baseRevision: 0, content: impression({ sealId }) }]);
    await archive.service.trashDocuments({ ids: [a] });
    expect(await occurrences()).toEqual([]);
    expect(await count()).toBe(0);
    await archive.service.restoreDocuments({ ids: [a] });
    expect(await count()).toBe(1);
  });

  it('unlinks every impression when its seal is deleted, leaving the regions as seals', async () => {
    const [a = '', b = ''] = docs;
    await save(a, [{ op: 'put', id: 'r-0001', baseRevision: 0, content: impression({ sealId }) }]);
    await save(b, [{ op: 'put', id: 'r-0002', baseRevision: 0, content: impression({ sealId }) }]);
    expect(await archive.service.deleteSeal({ id: sealId })).toEqual({ count: 2 });
    for (const docId of [a, b]) {
      const [region] = (await archive.service.getAnnotations({ docId })).regions;
      expect(region?.kind).toBe('seal');
      expect(region?.sealId).toBeUndefined();
    }
    expect(await archive.service.listSeals({})).toEqual([]);
  });

  it('recovers when the annotations cannot be read, and saves elsewhere go on', async () => {
    const [a = '', b = ''] = docs;
    await save(a, [{ op: 'put', id: 'r-0001', baseRevision: 0, content: impression({ sealId }) }]);
    await archive.close();
    // One write only: the damaged file has no backup to be restored from.
    await writeFile(join(library(), 'annotations', `${a}.json`), '{"schemaVersion":');
    archive = await openTestArchive(library());
    await expect(archive.service.listSeals({})).rejects.toMatchObject({ code: 'corrupt' });
    await save(b, [{ op: 'put', id: 'r-0002', baseRevision: 0, content: impression({ sealId }) }]);
    await expect(archive.service.getSeal({ id: sealId })).rejects.toMatchObject({ code: 'corrupt' });
    // Once the file is mended (restored from the backups folder), the seals show again without a restart.
    await writeFile(join(library(), 'annotations', `${a}.json`), JSON.stringify({ schemaVersion: 1, docId: a, regions: [] }));
    expect((await occurrences()).map((o) => o.regionId)).toEqual(['r-0002']);
  });
});
