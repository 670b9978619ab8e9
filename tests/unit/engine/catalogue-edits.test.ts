import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/main/archive/archive';
import { dispatch } from '../../../src/main/archive/service/dispatch';
import { importRequest, openTestArchive, sampleRegion } from '../../support/library';
import { writePng } from '../../support/sample-files';
import { tempDir } from '../../support/temp-dir';

const LOCAL = { local: true, mayWrite: true };

describe('describing documents: metadata, tags, collections, trash and seals', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let archive: Archive;
  let ids: string[];
  const call = (name: string, args: unknown) => dispatch(archive.service, name, args, LOCAL);

  beforeEach(async () => {
    dir = await tempDir();
    const scans = join(dir.path, 'scans');
    await mkdir(scans);
    archive = await openTestArchive(join(dir.path, 'library'));
    const results = await archive.service.importFiles(
      importRequest({ paths: [await writePng(scans, 'a.png', 100, 140), await writePng(scans, 'b.png', 110, 140), await writePng(scans, 'c.png', 120, 140)] }),
    );
    ids = results.map((r) => (r.ok ? r.docId : ''));
  });
  afterEach(async () => {
    await archive.close();
    await dir.cleanup();
  });

  it('saves an archivist’s description and validates every field', async () => {
    const changes = {
      title: '«Сарыарқа», № 28',
      kind: 'newspaper-issue',
      metadata: {
        publication: 'Сарыарқа',
        place: 'Семей',
        issueNumber: 28,
        dateAsPrinted: '1918 ж. 25 қараша',
        calendar: 'gregorian',
        isoDate: '1918-11-25',
        language: 'kk',
        script: 'Arab',
        archivalReference: { repository: 'ҚР ОММ', fonds: '15', inventory: '1', file: '87', sheets: '3–4' },
        rights: 'Public domain',
        notes: 'Бірінші бетте мөр бар.',
      },
      tags: ['Алашорда', 'Алашорда', 'Семей'],
    };
    expect(await call('updateDocument', { id: ids[0], changes })).toMatchObject({ ok: true, value: { title: '«Сарыарқа», № 28', tags: ['Алашорда', 'Семей'] } });
    await archive.close();
    archive = await openTestArchive(join(dir.path, 'library'));
    expect((await archive.service.getDocument({ id: ids[0] ?? '' })).metadata).toEqual(changes.metadata);

    const bad: [unknown, RegExp][] = [
      [{ metadata: { isoDate: '1918-02-30' } }, /metadata\.isoDate: must be a real date/],
      [{ metadata: { isoDate: '25.11.1918' } }, /metadata\.isoDate/],
      [{ metadata: { issueNumber: 'двадцать восемь' } }, /metadata\.issueNumber/],
      [{ metadata: { issueNumber: 2.5 } }, /metadata\.issueNumber/],
      [{ metadata: { calendar: 'lunar' } }, /metadata\.calendar/],
      [{ metadata: { script: 'arabic' } }, /metadata\.script/],
      [{ title: '   ' }, /title: a title is needed/],
      [{ kind: 'book' }, /kind/],
      [{ collections: ['no-such-collection'] }, /no collection no-such-collection/],
    ];
    for (const [changesArg, message] of bad) {
      const envelope = await call('updateDocument', { id: ids[0], changes: changesArg });
      expect(envelope.ok, JSON.stringify(changesArg)).toBe(false);
      if (!envelope.ok) expect(envelope.error.message).toMatch(message);
    }
    expect((await archive.service.getDocument({ id: ids[0] ?? '' })).metadata).toEqual(changes.metadata);
  });

  it('edits many documents at once: tags, collections, kind', async () => {
    const shelf = await archive.service.createCollection({ name: '«Қазақ»' });
    expect(await call('batchEditDocuments', { ids: [ids[0], ids[1]], addTags: ['Алаш', 'газет'], addCollections: [shelf.id], kind: 'newspaper-issue' })).toEqual({ ok: true, value: { count: 2 } });
    expect(await call('batchEditDocuments', { ids: [ids[0]], removeTags: ['газет'] })).toEqual({ ok: true, value: { count: 1 } });
    const [a, b, c] = await Promise.all(ids.map((id) => archive.service.getDocument({ id })));
    expect([a?.tags, b?.tags, c?.tags]).toEqual([['Алаш'], ['Алаш', 'газет'], []]);
    expect([a?.collections, b?.collections, c?.collections]).toEqual([[shelf.id], [shelf.id], []]);
    expect([a?.kind, c?.kind]).toEqual(['newspaper-issue', 'document']);
  });

  it('nests collections, refuses cycles, and deleting one moves its children up', async () => {
    const kazakh = await archive.service.createCollection({ name: '«Қазақ»' });
    const year = await archive.service.createCollection({ name: '1917', parent: kazakh.id });
    const issue = await archive.service.createCollection({ name: '№ 255', parent: year.id });
    expect(await call('updateCollection', { id: kazakh.id, parent: issue.id })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await call('updateCollection', { id: kazakh.id, parent: kazakh.id })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await call('createCollection', { name: 'x', parent: 'c-000000000000' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await archive.service.batchEditDocuments({ ids: [ids[0] ?? ''], addTags: [], removeTags: [], addCollections: [year.id], removeCollections: [] });
    expect(await archive.service.deleteCollection({ id: year.id })).toEqual({ count: 1 });
    const collections = await archive.service.listCollections({});
    expect(collections.find((c) => c.id === issue.id)?.parent).toBe(kazakh.id);
    // Over JSON, "no parent" is said with null.
    expect(await call('updateCollection', { id: issue.id, parent: null })).toMatchObject({ ok: true, value: { id: issue.id, name: '№ 255' } });
    expect((await archive.service.listCollections({})).find((c) => c.id === issue.id)?.parent).toBeUndefined();
    expect(await call('updateCollection', { id: issue.id, name: '№ 256' })).toMatchObject({ ok: true, value: { name: '№ 256' } });
    expect((await archive.service.getDocument({ id: ids[0] ?? '' })).collections).toEqual([]);
  });

  it('keeps trashed documents until the trash is emptied, then removes them and only their unshared files', async () => {
    const doc = await archive.service.getDocument({ id: ids[0] ?? '' });
    const source = doc.sources[0];
    if (!source) throw new Error('no source');
    const managed = archive.store.layout.managedFile(source.sha256, source.format);
    await archive.store.updateShard(doc.id, (s) => {
      s.regions.push(sampleRegion(1));
    });
    expect(await archive.service.trashDocuments({ ids: [doc.id] })).toEqual({ count: 1 });
    // The trash shows what it holds: thumbnails stay reachable until it is emptied.
    expect(await archive.resolvePageImage(doc.id, 0, 'thumbnail')).not.toBeNull();
    expect((await archive.service.listDocuments({})).map((d) => d.id)).not.toContain(doc.id);
    expect((await archive.service.listTrash({})).map((d) => d.id)).toEqual([doc.id]);
    expect(await call('getDocument', { id: doc.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await archive.service.libraryInfo({})).trashCount).toBe(1);
    expect(await archive.service.restoreDocuments({ ids: [doc.id] })).toEqual({ count: 1 });
    expect((await archive.service.getDocument({ id: doc.id })).title).toBe('a');

    await archive.service.trashDocuments({ ids: [doc.id] });
    expect(await archive.service.emptyTrash({})).toEqual({ count: 1 });
    expect(existsSync(managed)).toBe(false);
    expect(existsSync(archive.store.layout.pageCacheDir(source.sha256))).toBe(false);
    expect(existsSync(archive.store.layout.shard(doc.id))).toBe(false);
    expect(await archive.service.listTrash({})).toEqual([]);
    expect((await archive.service.checkLibrary({})).sound).toBe(true);
  });

  it('keeps a seal catalogue whose occurrences are the seal regions that name it', async () => {
    const seal = await archive.service.createSeal({ fields: { inscription: 'الاش وردا', inscriptionScript: 'Arab', owner: 'Алашорда', dates: '1917–1920', image: { docId: ids[2] ?? '', page: 0 } } });
    await archive.store.updateShard(ids[0] ?? '', (s) => {
      s.regions.push({ ...sampleRegion(7), kind: 'seal', sealId: seal.id });
    });
    const [listed] = await archive.service.listSeals({});
    expect(listed).toMatchObject({ id: seal.id, occurrenceCount: 1, imageUrl: `/pages/${ids[2] ?? ''}/0/thumbnail` });
    const detail = await archive.service.getSeal({ id: seal.id });
    // Where the impression is on its page (sampleRegion(7) is 50 × 20 at 7, 10) and the page's grid (a.png is 100 × 140), to show it cut out.
    expect(detail.occurrences).toEqual([
      {
        docId: ids[0],
        title: 'a',
        page: 0,
        regionId: 'r-000007',
        thumbnailUrl: `/pages/${ids[0] ?? ''}/0/thumbnail`,
        previewUrl: `/pages/${ids[0] ?? ''}/0/preview`,
        bounds: { x: 7, y: 10, width: 50, height: 20 },
        pageSize: { width: 100, height: 140 },
      },
    ]);
    expect(await call('updateSeal', { id: seal.id, fields: { owner: 'Алашорда үкіметі', inscriptionScript: 'arab' } })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await call('createSeal', { fields: { image: { docId: 'ffffffffffffffff', page: 0 } } })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const heard: unknown[] = [];
    const unsubscribe = archive.events.subscribe((name, payload) => name === 'annotationsChanged' && heard.push(payload));
    expect(await archive.service.deleteSeal({ id: seal.id })).toEqual({ count: 1 });
    unsubscribe();
    // Unlinking counts a revision, so an editor still holding the link gets a conflict instead of saving it back.
    const [unlinked] = (await archive.store.readShard(ids[0] ?? '')).regions;
    expect(unlinked && 'sealId' in unlinked).toBe(false);
    expect(unlinked?.revision).toBe(2);
    expect(heard).toEqual([{ docId: ids[0], regionIds: ['r-000007'] }]);
    expect(await archive.service.listSeals({})).toEqual([]);
  });

  it('tells every client that the library changed', async () => {
    const changed: string[][] = [];
    const unsubscribe = archive.events.subscribe((name, payload) => {
      if (name === 'libraryChanged' && 'docIds' in payload) changed.push(payload.docIds);
    });
    await archive.service.updateDocument({ id: ids[0] ?? '', changes: { title: 'Жаңа атау' } });
    await archive.service.trashDocuments({ ids: [ids[1] ?? ''] });
    const shelf = await archive.service.createCollection({ name: 'Алаш' });
    await archive.service.updateCollection({ id: shelf.id, name: 'Алашорда' });
    await archive.service.deleteCollection({ id: shelf.id });
    const seal = await archive.service.createSeal({ fields: {} });
    await archive.service.updateSeal({ id: seal.id, fields: { owner: 'Алашорда' } });
    await archive.service.deleteSeal({ id: seal.id });
    await archive.service.emptyTrash({});
    unsubscribe();
    expect(changed).toEqual([[ids[0]], [ids[1]], [], [], [], [], [], [], []]);
  });

  it('writes nothing when a change is refused', async () => {
    const before = await readFile(archive.store.layout.catalog, 'utf8');
    await call('updateDocument', { id: ids[0], changes: { metadata: { isoDate: '1918-13-01' } } });
    await call('batchEditDocuments', { ids: [ids[0]], addCollections: ['c-missing1'] });
    expect(await readFile(archive.store.layout.catalog, 'utf8')).toBe(before);
  });
});
