import { rmSync } from 'node:fs';
import { readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBundle } from '../../../src/main/archive/bundle/merge-bundle';
import { writeBundle } from '../../../src/main/archive/bundle/write-bundle';
import { hashFile } from '../../../src/main/archive/library/import/managed-files';
import { missingPreviews } from '../../../src/main/archive/library/repair';
import { SearchQuery } from '../../../src/shared/contract';
import { importOne, listTree, TEST_VERSION } from '../../support/library';
import { writePng } from '../../support/sample-files';
import { put, regionsOf, save, treeOutside, world } from './bundle-support';

describe('a transfer bundle carries documents between libraries', () => {
  let w: Awaited<ReturnType<typeof world>>;
  let docId: string;
  let bundle: string;

  /** A transcribed document in library a: shelved two collections deep, a seal impression, a region with a history and a comment. */
  beforeEach(async () => {
    w = await world();
    const a = w.a.archive;
    docId = await importOne(a, await writePng(w.scans, 'qazaq-1917.png'));
    const paper = await a.service.createCollection({ name: '«Қазақ»' });
    const year = await a.service.createCollection({ name: '1917', parent: paper.id });
    await a.service.createCollection({ name: 'unrelated' });
    await a.service.updateDocument({ id: docId, changes: { collections: [year.id], title: '«Қазақ» № 255' } });
    const seal = await a.service.createSeal({ fields: { inscription: 'Алаш Орда', inscriptionScript: 'Cyrl' } });
    await a.service.createSeal({ fields: { inscription: 'not used' } });
    await save(a, docId, [put('r-text', 0), put('r-seal', 0, { kind: 'seal', sealId: seal.id, order: 1, text: '' })]);
    await save(a, docId, [put('r-text', 1, { text: 'Алаш автономиясы жарияланды', status: 'done' })], 'Бауыржан');
    await a.service.addComment({ docId, regionId: 'r-text', author: 'Айгүл', text: 'Оқылуын тексеру керек' });
    bundle = join(w.bundles, 'transfer.zip');
  });
  afterEach(async () => {
    await w.a.close();
    await w.b.close();
    await w.cleanup();
  });

  it('adds the document whole: catalog entry, scans byte for byte, regions, history, collections, seals, previews', async () => {
    const progress: [number, number, string][] = [];
    const summary = await writeBundle(w.a.archive.store, [docId], bundle, { appVersion: TEST_VERSION, onProgress: (...step) => progress.push(step) });
    expect(summary).toMatchObject({ path: bundle, documents: 1, files: 1 });
    expect(progress.map(([done, total]) => `${done}/${total}`)).toEqual(['1/2', '2/2']);
    expect(await readdir(w.bundles)).toEqual(['transfer.zip']);

    const b = w.b.archive;
    // The index is made now, so that what the import changes reaches it through the events.
    expect((await b.service.search(SearchQuery.parse({ query: 'жарияланды' }))).total).toBe(0);
    const outside = await treeOutside(w.root, 'b');
    const report = await importBundle(w.b.ctx, bundle);
    expect(await treeOutside(w.root, 'b')).toEqual(outside);

    expect(report).toMatchObject({ bundle: 'transfer.zip', added: [{ docId, title: '«Қазақ» № 255' }], unchanged: [], merged: [], conflicts: [], presentUnderOtherId: [], collectionsAdded: 2, sealsAdded: 1, problems: [] });
    const ours = await w.a.archive.service.getDocument({ id: docId });
    expect(await b.service.getDocument({ id: docId })).toEqual(ours);
    const source = ours.sources[0];
    if (!source) throw new Error('the document has a source');
    expect(await hashFile(b.store.layout.managedFile(source.sha256, source.format))).toBe(source.sha256);
    expect(await regionsOf(b, docId)).toEqual(await regionsOf(w.a.archive, docId));
    expect(await b.service.getRegionHistory({ docId, regionId: 'r-text' })).toEqual(await w.a.archive.service.getRegionHistory({ docId, regionId: 'r-text' }));
    expect((await b.service.getRegionHistory({ docId, regionId: 'r-text' })).map((r) => r.revision)).toEqual([1]);

    const collections = await b.service.listCollections({});
    expect(collections.map((c) => c.name).sort()).toEqual(['1917', '«Қазақ»']);
    expect(collections.find((c) => c.name === '1917')?.parent).toBe(collections.find((c) => c.name === '«Қазақ»')?.id);
    const seals = await b.service.listSeals({});
    expect(seals).toMatchObject([{ inscription: 'Алаш Орда', occurrenceCount: 1 }]);

    expect(missingPreviews(b.store)).toEqual([]);
    expect((await b.service.search(SearchQuery.parse({ query: 'жарияланды' }))).groups.map((g) => g.docId)).toEqual([docId]);
    expect(w.b.events.filter((e) => e.name === 'libraryChanged')).toEqual([{ name: 'libraryChanged', payload: { docIds: [docId] } }]);
    expect((await b.service.checkLibrary({})).sound).toBe(true);
    expect(await readdir(join(b.store.layout.files, '.incoming'))).toEqual([]);
  });

  it('changes nothing when the same bundle is imported again, and says so', async () => {
    await writeBundle(w.a.archive.store, [docId], bundle, { appVersion: TEST_VERSION });
    await importBundle(w.b.ctx, bundle);
    const before = { tree: await listTree(w.b.archive.store.layout.root), stamp: await w.b.archive.store.shardStamp(docId), catalog: structuredClone(w.b.archive.store.catalog()) };
    w.b.events.length = 0;

    const again = await importBundle(w.b.ctx, bundle);

    expect(again).toMatchObject({ added: [], unchanged: [{ docId, title: '«Қазақ» № 255', descriptionDiffers: false }], merged: [], conflicts: [], collectionsAdded: 0, sealsAdded: 0, problems: [] });
    expect(await listTree(w.b.archive.store.layout.root)).toEqual(before.tree);
    expect(await w.b.archive.store.shardStamp(docId)).toBe(before.stamp);
    expect(w.b.archive.store.catalog()).toEqual(before.catalog);
    expect(w.b.events).toEqual([]);
  });

  it('merges new regions and comments into a document the library has, keeping its own description', async () => {
    await writeBundle(w.a.archive.store, [docId], bundle, { appVersion: TEST_VERSION });
    await importBundle(w.b.ctx, bundle);
    await w.b.archive.service.updateDocument({ id: docId, changes: { title: 'Renamed here' } });
    await save(w.a.archive, docId, [put('r-new', 0, { order: 2, text: 'Жаңа аймақ' })]);
    await w.a.archive.service.addComment({ docId, regionId: 'r-seal', author: 'Айгүл', text: 'Мөр анық емес' });
    const second = join(w.bundles, 'second.zip');
    await writeBundle(w.a.archive.store, [docId], second, { appVersion: TEST_VERSION });
    w.b.events.length = 0;

    const report = await importBundle(w.b.ctx, second);

    expect(report.merged).toEqual([{ docId, title: 'Renamed here', regionsAdded: 1, regionsUpdated: 0, regionsUnchanged: 2, commentsAdded: 1, conflicts: 0, descriptionDiffers: true }]);
    expect(await regionsOf(w.b.archive, docId)).toEqual(await regionsOf(w.a.archive, docId));
    expect((await w.b.archive.service.getDocument({ id: docId })).title).toBe('Renamed here');
    expect(w.b.events).toEqual([{ name: 'annotationsChanged', payload: { docId, regionIds: ['r-new', 'r-seal'] } }]);
  });

  it('skips a document the library has under another id (the same scan imported on both machines) and says which', async () => {
    await writeBundle(w.a.archive.store, [docId], bundle, { appVersion: TEST_VERSION });
    const theirs = await importOne(w.b.archive, await writePng(w.scans, 'qazaq-1917.png'));
    const catalog = structuredClone(w.b.archive.store.catalog());

    const report = await importBundle(w.b.ctx, bundle);

    expect(report).toMatchObject({ added: [], merged: [], unchanged: [], presentUnderOtherId: [{ docId, title: '«Қазақ» № 255', ourDocId: theirs, ourTitle: 'qazaq-1917' }], collectionsAdded: 0, sealsAdded: 0 });
    expect(w.b.archive.store.catalog()).toEqual(catalog);
  });

  it('refuses a document in the trash, naming it, and writes nothing', async () => {
    await w.a.archive.service.trashDocuments({ ids: [docId] });
    await expect(writeBundle(w.a.archive.store, [docId], bundle, { appVersion: TEST_VERSION })).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringMatching(/in the trash/) as unknown });
    expect(await readdir(w.bundles)).toEqual([]);
  });

  it('leaves alone a document that is in the trash here, and says why', async () => {
    await writeBundle(w.a.archive.store, [docId], bundle, { appVersion: TEST_VERSION });
    await importBundle(w.b.ctx, bundle);
    await save(w.a.archive, docId, [put('r-later', 0, { order: 5 })]);
    const later = join(w.bundles, 'later.zip');
    await writeBundle(w.a.archive.store, [docId], later, { appVersion: TEST_VERSION });
    await w.b.archive.service.trashDocuments({ ids: [docId] });
    const report = await importBundle(w.b.ctx, later);
    expect(report).toMatchObject({ added: [], merged: [], unchanged: [], problems: [{ docId, message: expect.stringMatching(/is in the trash here/) as unknown }] });
    expect((await w.b.archive.store.readShard(docId)).regions.map((r) => r.id)).not.toContain('r-later');
  });

  it('refuses to write a bundle of a scan the library has lost, before and while writing, leaving no partial file', async () => {
    const [source] = (await w.a.archive.service.getDocument({ id: docId })).sources;
    if (!source) throw new Error('the document has a source');
    const scan = w.a.archive.store.layout.managedFile(source.sha256, source.format);
    const kept = join(w.root, 'kept.png');
    await rename(scan, kept);
    await expect(writeBundle(w.a.archive.store, [docId], bundle, { appVersion: TEST_VERSION })).rejects.toMatchObject({ code: 'corrupt', message: expect.stringMatching(/qazaq-1917\.png of «.*» is missing from the library/) as unknown });
    expect(await readdir(w.bundles)).toEqual([]);
    await rename(kept, scan);
    // Gone after the bundle was begun: the scans come after the annotations, so it is taken away as the first step ends.
    const vanishing = writeBundle(w.a.archive.store, [docId], bundle, { appVersion: TEST_VERSION, onProgress: () => rmSync(scan, { force: true }) });
    await expect(vanishing).rejects.toMatchObject({ code: 'not-found' });
    expect(await readdir(w.bundles)).toEqual([]);
  });

  it('carries seal regions of a seal whose reference image is in the bundle', async () => {
    const seals = await w.a.archive.service.listSeals({});
    const seal = seals.find((s) => s.inscription === 'Алаш Орда');
    if (!seal) throw new Error('the seal was made');
    await w.a.archive.service.updateSeal({ id: seal.id, fields: { inscription: 'Алаш Орда', image: { docId, page: 0 } } });
    await writeBundle(w.a.archive.store, [docId], bundle, { appVersion: TEST_VERSION });
    await importBundle(w.b.ctx, bundle);
    expect((await w.b.archive.service.getSeal({ id: seal.id })).image).toEqual({ docId, page: 0 });
  });
});
