import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pendingConflicts } from '../../../src/main/archive/bundle/incoming-conflicts';
import { importBundle } from '../../../src/main/archive/bundle/merge-bundle';
import { resolveIncoming } from '../../../src/main/archive/bundle/resolve-conflict';
import { writeBundle } from '../../../src/main/archive/bundle/write-bundle';
import { importOne, TEST_VERSION } from '../../support/library';
import { writePng } from '../../support/sample-files';
import { openLibrary, put, regionsOf, save, world } from './bundle-support';

describe('regions edited on two machines', () => {
  let w: Awaited<ReturnType<typeof world>>;
  let docId: string;
  let n = 0;
  /** Writes a bundle of the document from one library and imports it into the other. */
  const carry = async (from: 'a' | 'b', to: 'a' | 'b') => {
    const path = join(w.bundles, `from-${from}-${++n}.zip`);
    await writeBundle(w[from].archive.store, [docId], path, { appVersion: TEST_VERSION });
    w[to].events.length = 0;
    return importBundle(w[to].ctx, path);
  };
  const region = async (side: 'a' | 'b', id = 'r-0001') => (await regionsOf(w[side].archive, docId)).find((r) => r.id === id);

  /** The same document in both libraries, with one region at revision 1. */
  beforeEach(async () => {
    w = await world();
    n = 0;
    docId = await importOne(w.a.archive, await writePng(w.scans, 'sarybarka.png'));
    await save(w.a.archive, docId, [put('r-0001', 0, { text: 'Сарыарқа' })]);
    await carry('a', 'b');
  });
  afterEach(async () => {
    await w.a.close();
    await w.b.close();
    await w.cleanup();
  });

  it('takes theirs when it moved on from ours (a fast-forward), with its history', async () => {
    await save(w.b.archive, docId, [put('r-0001', 1, { text: 'Сарыарқа газеті', status: 'done' })], 'Бауыржан');
    const report = await carry('b', 'a');
    expect(report.merged).toMatchObject([{ docId, regionsUpdated: 1, regionsAdded: 0, conflicts: 0 }]);
    expect(await region('a')).toEqual(await region('b'));
    expect(await region('a')).toMatchObject({ revision: 2, text: 'Сарыарқа газеті', author: 'Бауыржан' });
    expect((await w.a.archive.service.getRegionHistory({ docId, regionId: 'r-0001' })).map((r) => [r.revision, r.content.text])).toEqual([[1, 'Сарыарқа']]);
    expect(w.a.events).toEqual([{ name: 'annotationsChanged', payload: { docId, regionIds: ['r-0001'] } }]);
  });

  it('keeps ours when ours moved on from theirs', async () => {
    await save(w.a.archive, docId, [put('r-0001', 1, { text: 'Сарыарқа, 1917' })], 'Бауыржан');
    const stamp = await w.a.archive.store.shardStamp(docId);
    const report = await carry('b', 'a');
    expect(report).toMatchObject({ unchanged: [{ docId }], merged: [], conflicts: [] });
    expect(await region('a')).toMatchObject({ revision: 2, text: 'Сарыарқа, 1917' });
    expect(await w.a.archive.store.shardStamp(docId)).toBe(stamp);
  });

  it('records a region both edited as a conflict, overwriting nothing, and only once however often it comes', async () => {
    await save(w.a.archive, docId, [put('r-0001', 1, { text: 'Ours' })]);
    await save(w.b.archive, docId, [put('r-0001', 1, { text: 'Theirs' })], 'Бауыржан');
    const ours = await region('a');

    const report = await carry('b', 'a');

    expect(report.conflicts).toEqual([{ docId, regionId: 'r-0001', title: 'sarybarka' }]);
    expect(report.merged).toMatchObject([{ docId, conflicts: 1, regionsUpdated: 0 }]);
    expect(await region('a')).toEqual(ours);
    const shard = await w.a.archive.store.readShard(docId);
    expect(shard.incoming).toMatchObject([{ region: { id: 'r-0001', text: 'Theirs', revision: 2, author: 'Бауыржан' }, bundle: 'from-b-2.zip' }]);
    expect(pendingConflicts(shard)).toMatchObject([{ regionId: 'r-0001', ours: { text: 'Ours' }, theirs: { text: 'Theirs' }, bundle: 'from-b-2.zip' }]);
    expect(w.a.events).toEqual([{ name: 'annotationsChanged', payload: { docId, regionIds: ['r-0001'] } }]);

    // The same conflict again: still reported, nothing written.
    const stamp = await w.a.archive.store.shardStamp(docId);
    const again = await carry('b', 'a');
    expect(again).toMatchObject({ conflicts: [{ docId, regionId: 'r-0001' }], unchanged: [{ docId }], merged: [] });
    expect(await w.a.archive.store.shardStamp(docId)).toBe(stamp);
    expect((await w.a.archive.store.readShard(docId)).incoming).toHaveLength(1);

    // The conflict survives closing the library.
    await w.a.close();
    w.a = await openLibrary(w.a.archive.store.layout.root);
    expect(pendingConflicts(await w.a.archive.store.readShard(docId))).toHaveLength(1);
  });

  it('settles a conflict with theirs: a new revision of ours with their content, ours kept in the history', async () => {
    await save(w.a.archive, docId, [put('r-0001', 1, { text: 'Ours' })]);
    await save(w.b.archive, docId, [put('r-0001', 1, { text: 'Theirs', status: 'done' })], 'Бауыржан');
    await carry('b', 'a');
    w.a.events.length = 0;

    const settled = await resolveIncoming(w.a.ctx, { docId, regionId: 'r-0001', keep: 'theirs', author: 'Әлихан' });

    expect(settled).toMatchObject({ id: 'r-0001', text: 'Theirs', status: 'done', revision: 3, author: 'Әлихан' });
    expect(await region('a')).toEqual(settled);
    expect((await w.a.archive.service.getRegionHistory({ docId, regionId: 'r-0001' })).map((r) => [r.revision, r.content.text])).toEqual([
      [1, 'Сарыарқа'],
      [2, 'Ours'],
    ]);
    expect((await w.a.archive.store.readShard(docId)).incoming).toBeUndefined();
    expect(w.a.events).toEqual([{ name: 'annotationsChanged', payload: { docId, regionIds: ['r-0001'] } }]);
    // Their bundle again: the content is ours now, so nothing comes back.
    expect((await carry('b', 'a')).conflicts).toEqual([]);
  });

  it('settles a conflict with ours: their version is let go, ours untouched', async () => {
    await save(w.a.archive, docId, [put('r-0001', 1, { text: 'Ours' })]);
    await save(w.b.archive, docId, [put('r-0001', 1, { text: 'Theirs' })], 'Бауыржан');
    await carry('b', 'a');
    const ours = await region('a');
    w.a.events.length = 0;

    expect(await resolveIncoming(w.a.ctx, { docId, regionId: 'r-0001', keep: 'ours', author: 'Әлихан' })).toEqual(ours);

    expect(await region('a')).toEqual(ours);
    expect(pendingConflicts(await w.a.archive.store.readShard(docId))).toEqual([]);
    expect(w.a.events).toEqual([{ name: 'annotationsChanged', payload: { docId, regionIds: ['r-0001'] } }]);
    await expect(resolveIncoming(w.a.ctx, { docId, regionId: 'r-0001', keep: 'ours', author: 'Әлихан' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('keeps a region only ours has, and adds one only theirs has', async () => {
    await save(w.a.archive, docId, [put('r-ours', 0, { order: 1 })]);
    await save(w.b.archive, docId, [put('r-theirs', 0, { order: 2 }), { op: 'delete', id: 'r-0001', baseRevision: 1 }], 'Бауыржан');
    const report = await carry('b', 'a');
    expect(report.merged).toMatchObject([{ regionsAdded: 1, regionsUnchanged: 0, conflicts: 0 }]);
    expect((await regionsOf(w.a.archive, docId)).map((r) => r.id)).toEqual(['r-0001', 'r-ours', 'r-theirs']);
  });
});
