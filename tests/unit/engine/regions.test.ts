import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/main/archive/archive';
import { dispatch } from '../../../src/main/archive/service/dispatch';
import { backupPathOf } from '../../../src/main/archive/store/durable-write';
import { SaveRegionsRequest, type RegionChangeInput } from '../../../src/shared/contract';
import { AnnotationShard, type RegionContentInput } from '../../../src/shared/domain/annotations';
import { importOne, listTree, openTestArchive } from '../../support/library';
import { writePng } from '../../support/sample-files';
import { tempDir } from '../../support/temp-dir';

const LOCAL = { local: true, mayWrite: true };
const AUTHOR = 'Айгүл';

/** A region as the editor sends it; the page is 120 × 160. */
const content = (over: Partial<RegionContentInput> = {}): RegionContentInput => ({
  page: 0,
  shape: { type: 'rect', x: 10, y: 20, width: 50, height: 30 },
  kind: 'text',
  order: 0,
  text: 'Алаш автономиясы — الاش اۆتونومياسى',
  status: 'draft',
  ...over,
});
const put = (id: string, baseRevision: number, over: Partial<RegionContentInput> = {}): RegionChangeInput => ({ op: 'put', id, baseRevision, content: content(over) });

describe('regions: saved all or nothing, by revision', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let archive: Archive;
  let docId: string;
  const library = () => join(dir.path, 'library');
  const shardFile = () => archive.store.layout.shard(docId);
  // Arguments as the contract leaves them after parsing, like every adapter's call.
  const save = (changes: RegionChangeInput[], author = AUTHOR) => archive.service.saveRegions(SaveRegionsRequest.parse({ docId, author, changes }));
  const saved = async (changes: RegionChangeInput[], author = AUTHOR) => {
    const result = await save(changes, author);
    if (!result.ok) throw new Error(`the save should have worked: ${JSON.stringify(result.conflicts)}`);
    return result;
  };
  const regions = async () => (await archive.service.getAnnotations({ docId })).regions;

  beforeEach(async () => {
    dir = await tempDir();
    archive = await openTestArchive(library());
    docId = await importOne(archive, await writePng(dir.path, 'page.png', 120, 160));
  });
  afterEach(async () => {
    await archive.close();
    await dir.cleanup();
  });

  it('creates a region at revision 1 and counts each save, keeping when it was made and by whom', async () => {
    const created = await saved([put('r-0001', 0)]);
    expect(created.saved).toHaveLength(1);
    const first = created.saved[0];
    expect(first).toMatchObject({ id: 'r-0001', revision: 1, author: AUTHOR, comments: [], direction: 'auto', lines: [], tags: [], entities: [] });
    expect(first?.createdAt).toBe(first?.updatedAt);
    expect(Date.parse(first?.createdAt ?? '')).toBeGreaterThan(Date.now() - 60_000);

    const updated = await saved([put('r-0001', 1, { text: 'Алашорда', status: 'in-progress' })], 'Бауыржан');
    expect(updated.saved[0]).toMatchObject({ revision: 2, text: 'Алашорда', status: 'in-progress', author: 'Бауыржан', createdAt: first?.createdAt });
    expect(Date.parse(updated.saved[0]?.updatedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(first?.updatedAt ?? ''));

    await archive.close();
    archive = await openTestArchive(library());
    expect(await regions()).toEqual(updated.saved);
  });

  it('refuses a save naming a revision that has moved on, with what is stored now, and writes nothing of it', async () => {
    await saved([put('r-0001', 0), put('r-0002', 0, { order: 1 })]);
    await saved([put('r-0001', 1, { text: 'бірінші түзету' })]);
    const stored = await regions();
    const before = await readFile(shardFile());
    const journalBefore = await readFile(archive.store.layout.journal(docId));
    const filesBefore = await listTree(library());

    // r-0002's change is sound, r-0001's was made on revision 1: neither is stored.
    const result = await save([put('r-0002', 1, { text: 'түзету' }), put('r-0001', 1, { text: 'ескі нұсқадан' }), put('r-0003', 0, { order: 2 })]);
    expect(result).toEqual({ ok: false, conflicts: [{ id: 'r-0001', baseRevision: 1, current: stored[0] }] });
    // A region created meanwhile by someone else, and one deleted meanwhile.
    expect(await save([put('r-0002', 0)])).toEqual({ ok: false, conflicts: [{ id: 'r-0002', baseRevision: 0, current: stored[1] }] });
    expect(await save([put('r-0009', 3)])).toEqual({ ok: false, conflicts: [{ id: 'r-0009', baseRevision: 3, current: null }] });
    expect(await save([{ op: 'delete', id: 'r-0001', baseRevision: 1 }])).toEqual({ ok: false, conflicts: [{ id: 'r-0001', baseRevision: 1, current: stored[0] }] });

    expect(await readFile(shardFile())).toEqual(before);
    expect(await readFile(archive.store.layout.journal(docId))).toEqual(journalBefore);
    expect(await listTree(library())).toEqual(filesBefore);
    expect(await regions()).toEqual(stored);
  });

  it('deletes a region with its history, at the revision the writer saw', async () => {
    await saved([put('r-0001', 0), put('r-0002', 0, { order: 1 })]);
    await saved([put('r-0001', 1, { text: 'екінші' })], 'Бауыржан');
    expect(await archive.service.getRegionHistory({ docId, regionId: 'r-0001' })).toHaveLength(1);

    expect(await saved([{ op: 'delete', id: 'r-0001', baseRevision: 2 }])).toEqual({ ok: true, saved: [], deleted: ['r-0001'] });
    expect((await regions()).map((r) => r.id)).toEqual(['r-0002']);
    const shard = AnnotationShard.parse(JSON.parse(await readFile(shardFile(), 'utf8')));
    expect(shard.history).toEqual({});
    expect(await dispatch(archive.service, 'getRegionHistory', { docId, regionId: 'r-0001' }, LOCAL)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // Created again under the same id, it starts over.
    expect((await saved([put('r-0001', 0)])).saved[0]?.revision).toBe(1);
  });

  it('cuts a shape reaching past its page back to the page', async () => {
    const result = await saved([
      put('r-0001', 0, { shape: { type: 'rect', x: 100, y: 150, width: 50, height: 50 } }),
      put('r-0002', 0, {
        shape: {
          type: 'polygon',
          points: [
            [-10, 10],
            [200, 10],
            [60, 80],
          ],
        },
      }),
    ]);
    expect(result.saved.map((r) => r.shape)).toEqual([
      { type: 'rect', x: 100, y: 150, width: 20, height: 10 },
      {
        type: 'polygon',
        points: [
          [0, 10],
          [120, 10],
          [60, 80],
        ],
      },
    ]);
    expect((await regions()).map((r) => r.shape)).toEqual(result.saved.map((r) => r.shape));
  });

  it('refuses a region that cannot be: no such page, no area, a crossing outline, an entity past the text, a seal link that does not hold', async () => {
    const refused = async (change: RegionChangeInput) => {
      const envelope = await dispatch(archive.service, 'saveRegions', { docId, author: AUTHOR, changes: [put('r-0001', 0), change] }, LOCAL);
      return envelope.ok ? 'saved' : { code: envelope.error.code, at: envelope.error.issues?.[0]?.path, message: envelope.error.message };
    };
    expect(await refused(put('r-0002', 0, { page: 1 }))).toMatchObject({ code: 'invalid-argument', at: 'changes.1.content.page' });
    expect(await refused(put('r-0002', 0, { shape: { type: 'rect', x: 10, y: 10, width: 0.4, height: 30 } }))).toMatchObject({ code: 'invalid-argument', at: 'changes.1.content.shape', message: expect.stringMatching(/no area/) as unknown });
    // A zero size is refused by the contract itself, before the engine sees it.
    expect(await refused(put('r-0002', 0, { shape: { type: 'rect', x: 10, y: 10, width: 0, height: 30 } }))).toMatchObject({ code: 'invalid-argument' });
    const line: RegionContentInput['shape'] = {
      type: 'polygon',
      points: [
        [10, 10],
        [30, 30],
        [50, 50],
      ],
    };
    expect(await refused(put('r-0002', 0, { shape: line }))).toMatchObject({ code: 'invalid-argument', message: expect.stringMatching(/no area/) as unknown });
    const bowTie: RegionContentInput['shape'] = {
      type: 'polygon',
      points: [
        [10, 10],
        [60, 60],
        [60, 10],
        [10, 60],
      ],
    };
    expect(await refused(put('r-0002', 0, { shape: bowTie }))).toMatchObject({ code: 'invalid-argument', message: expect.stringMatching(/crosses itself/) as unknown });
    expect(await refused(put('r-0002', 0, { text: 'Алаш', entities: [{ id: 'e-0001', type: 'place', start: 0, end: 5 }] }))).toMatchObject({ code: 'invalid-argument', at: 'changes.1.content.entities.0' });
    expect(await refused(put('r-0002', 0, { kind: 'text', sealId: 'seal-000000000000' }))).toMatchObject({ code: 'invalid-argument', at: 'changes.1.content.sealId' });
    expect(await refused(put('r-0002', 0, { kind: 'seal', sealId: 'seal-000000000000' }))).toMatchObject({ code: 'not-found' });
    expect(await dispatch(archive.service, 'saveRegions', { docId: 'ffff0000', author: AUTHOR, changes: [put('r-0001', 0)] }, LOCAL)).toMatchObject({ ok: false, error: { code: 'not-found' } });

    // The sound change beside each refused one was not stored either: no shard was ever written.
    expect(await regions()).toEqual([]);
    expect(await listTree(join(library(), 'annotations'))).toEqual([]);
  });

  it('keeps an entity that ends exactly at the end of the text', async () => {
    const entities = [{ id: 'e-0001', type: 'place' as const, start: 0, end: 4, normalized: 'Алаш' }];
    expect((await saved([put('r-0001', 0, { text: 'Алаш', entities })])).saved[0]?.entities).toEqual(entities);
  });

  it('stores markup as the text it is, never as markup', async () => {
    const text = '<img src=x onerror=alert(1)><script>alert(2)</script> &amp; "қазақ"';
    await saved([put('r-0001', 0, { text })]);
    expect((await regions())[0]?.text).toBe(text);
    const raw = await readFile(shardFile(), 'utf8');
    expect((JSON.parse(raw) as { regions: { text: string }[] }).regions[0]?.text).toBe(text);
  });

  it('appends comments with their author and time, without counting a revision', async () => {
    const [region] = (await saved([put('r-0001', 0)])).saved;
    const commented = await archive.service.addComment({ docId, regionId: 'r-0001', author: 'Бауыржан', text: 'Бұл сөз анық емес.' });
    await archive.service.addComment({ docId, regionId: 'r-0001', author: AUTHOR, text: 'Түпнұсқадан тексердім.' });
    const [stored] = await regions();
    const comments = stored?.comments ?? [];
    expect(commented.revision).toBe(1);
    expect(stored).toMatchObject({ revision: 1, updatedAt: region?.updatedAt, text: region?.text });
    expect(comments.map((c) => [c.author, c.text])).toEqual([
      ['Бауыржан', 'Бұл сөз анық емес.'],
      [AUTHOR, 'Түпнұсқадан тексердім.'],
    ]);
    expect(new Set(comments.map((c) => c.id)).size).toBe(2);
    expect(Date.parse(comments[0]?.createdAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    // A save made on the revision the commenter saw keeps the thread.
    expect((await saved([put('r-0001', 1, { text: 'түзетілді' })])).saved[0]?.comments).toEqual(comments);

    expect(await dispatch(archive.service, 'addComment', { docId, regionId: 'r-0404', author: AUTHOR, text: 'жоқ' }, LOCAL)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(archive.service, 'addComment', { docId, regionId: 'r-0001', author: AUTHOR, text: '   ' }, LOCAL)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('tells other clients which regions were saved, not that the library changed, and says nothing of a refused save', async () => {
    const heard: [string, unknown][] = [];
    const unsubscribe = archive.events.subscribe((name, payload) => heard.push([name, payload]));
    await saved([put('r-0001', 0), put('r-0002', 0, { order: 1 })]);
    await save([put('r-0001', 0)]);
    await archive.service.addComment({ docId, regionId: 'r-0002', author: AUTHOR, text: 'Қараңыз.' });
    await saved([{ op: 'delete', id: 'r-0001', baseRevision: 1 }]);
    unsubscribe();
    expect(heard).toEqual([
      ['annotationsChanged', { docId, regionIds: ['r-0001', 'r-0002'] }],
      ['annotationsChanged', { docId, regionIds: ['r-0002'] }],
      ['annotationsChanged', { docId, regionIds: ['r-0001'] }],
    ]);
  });

  it('writes each save durably (the first whole, the next into the journal, folded in on close), and a garbled file is restored from its backup on the next open', async () => {
    await saved([put('r-0001', 0, { text: 'бірінші' })]);
    const first = await readFile(shardFile(), 'utf8');
    await saved([put('r-0001', 1, { text: 'екінші' })]);
    // Durable before the save answered: one line in the document's journal, the shard file untouched.
    expect(await readFile(shardFile(), 'utf8')).toBe(first);
    expect(await readFile(archive.store.layout.journal(docId), 'utf8')).toMatch(/"seq":1,"put":\[\{.*"text":"екінші"/);

    await archive.close();
    expect(AnnotationShard.parse(JSON.parse(await readFile(shardFile(), 'utf8'))).regions[0]?.text).toBe('екінші');
    expect(await readFile(backupPathOf(shardFile()), 'utf8')).toBe(first);
    await writeFile(shardFile(), first.slice(0, first.length / 2));
    archive = await openTestArchive(library());
    expect((await regions()).map((r) => [r.text, r.revision])).toEqual([['бірінші', 1]]);
    expect((await archive.service.libraryInfo({})).recoveries.map((r) => r.file)).toEqual([shardFile()]);
  });
});
