import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/main/archive/archive';
import { HISTORY_LIMIT, recordRevision } from '../../../src/main/archive/library/region-history';
import { saveRegions } from '../../../src/main/archive/library/regions';
import { SaveRegionsRequest } from '../../../src/shared/contract';
import type { AnnotationShard, Region } from '../../../src/shared/domain/annotations';
import { importOne, openTestArchive, sampleRegion } from '../../support/library';
import { writePng } from '../../support/sample-files';
import { tempDir } from '../../support/temp-dir';

const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const minutes = (n: number) => n * 60;

describe('region history: one revision per run of saves, not one per keystroke', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let archive: Archive;
  let docId: string;
  let revision: number;

  /** Saves r-0001 with `text` as `author` at T0 + `seconds`, on the revision last saved: the library function, so the clock is ours. */
  const edit = async (text: string, author: string, seconds: number) => {
    const request = SaveRegionsRequest.parse({
      docId,
      author,
      changes: [{ op: 'put', id: 'r-0001', baseRevision: revision, content: { page: 0, shape: { type: 'rect', x: 5, y: 5, width: 40, height: 20 }, kind: 'text', order: 0, text, status: 'draft' } }],
    });
    const result = await saveRegions(archive.store, request, at(seconds));
    if (!result.ok) throw new Error('the save should have worked');
    revision = result.saved[0]?.revision ?? 0;
  };
  const history = () => archive.service.getRegionHistory({ docId, regionId: 'r-0001' });
  const kept = async () => (await history()).map((r) => [r.revision, r.author, r.content.text, (Date.parse(r.at) - T0) / 1000]);

  beforeEach(async () => {
    dir = await tempDir();
    archive = await openTestArchive(join(dir.path, 'library'));
    docId = await importOne(archive, await writePng(dir.path, 'page.png', 120, 160));
    revision = 0;
  });
  afterEach(async () => {
    await archive.close();
    await dir.cleanup();
  });

  it('keeps the state before a pause of two minutes, and not the keystrokes of a run', async () => {
    await edit('А', 'Айгүл', 0);
    expect(await history()).toEqual([]);
    for (let s = 10; s <= 60; s += 10) await edit(`Ал ${s}`, 'Айгүл', s);
    // The first save keeps the region as created; the rest of the run keeps nothing more.
    expect(await kept()).toEqual([[1, 'Айгүл', 'А', 0]]);
    await edit('Алаш', 'Айгүл', 60 + minutes(2) - 1);
    expect(await history()).toHaveLength(1);
    await edit('Алашорда', 'Айгүл', 60 + minutes(4));
    expect(await kept()).toEqual([
      [1, 'Айгүл', 'А', 0],
      [8, 'Айгүл', 'Алаш', 60 + minutes(2) - 1],
    ]);
    expect(revision).toBe(9);
  });

  it('keeps a revision at least every ten minutes of steady typing', async () => {
    for (let s = 0; s <= minutes(25); s += 30) await edit(`мәтін ${s}`, 'Айгүл', s);
    expect(await kept()).toEqual([
      [1, 'Айгүл', 'мәтін 0', 0],
      [21, 'Айгүл', 'мәтін 600', minutes(10)],
      [41, 'Айгүл', 'мәтін 1200', minutes(20)],
    ]);
  });

  it('keeps the previous revision whenever another author saves, oldest first', async () => {
    await edit('бір', 'Айгүл', 0);
    await edit('екі', 'Айгүл', 5);
    await edit('үш', 'Айгүл', 10);
    await edit('төрт', 'Бауыржан', 15);
    await edit('бес', 'Бауыржан', 20);
    await edit('алты', 'Айгүл', 25);
    expect(await kept()).toEqual([
      [1, 'Айгүл', 'бір', 0],
      [3, 'Айгүл', 'үш', 10],
      [5, 'Бауыржан', 'бес', 20],
    ]);
    // What a revision records is the content alone: no identity, times or comments.
    expect(Object.keys((await history())[0]?.content ?? {}).sort()).toEqual(['direction', 'entities', 'kind', 'lines', 'order', 'page', 'shape', 'status', 'tags', 'text']);
  });
});

describe('recordRevision', () => {
  it(`lets the oldest revisions go beyond ${HISTORY_LIMIT}`, () => {
    const shard: AnnotationShard = { schemaVersion: 1, docId: 'doc-0001', regions: [], history: {} };
    const base = sampleRegion(1);
    for (let n = 1; n <= HISTORY_LIMIT + 5; n++) {
      const previous: Region = { ...base, revision: n, author: n % 2 ? 'Айгүл' : 'Бауыржан', text: `${n}`, updatedAt: at(n).toISOString() };
      recordRevision(shard, previous, n % 2 ? 'Бауыржан' : 'Айгүл', at(n + 1));
    }
    const revisions = shard.history[base.id] ?? [];
    expect(revisions).toHaveLength(HISTORY_LIMIT);
    expect(revisions[0]?.revision).toBe(6);
    expect(revisions.at(-1)?.revision).toBe(HISTORY_LIMIT + 5);
    expect(revisions.at(-1)?.content.text).toBe(`${HISTORY_LIMIT + 5}`);
  });
});
