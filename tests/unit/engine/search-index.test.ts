import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Archive } from '../../../src/main/archive/archive';
import { createSearchCalls, type SearchCalls } from '../../../src/main/archive/search/search-calls';
import { SaveRegionsRequest, SearchQuery, type RegionChangeInput, type SearchHit, type SearchResult } from '../../../src/shared/contract';
import type { RegionContentInput } from '../../../src/shared/domain/annotations';
import { importOne, openTestArchive } from '../../support/library';
import { writePng } from '../../support/sample-files';
import { tempDir } from '../../support/temp-dir';

const content = (over: Partial<RegionContentInput>): RegionContentInput => ({
  page: 0,
  shape: { type: 'rect', x: 10, y: 20, width: 50, height: 30 },
  kind: 'text',
  order: 0,
  text: '',
  status: 'draft',
  ...over,
});
const put = (id: string, baseRevision: number, over: Partial<RegionContentInput>): RegionChangeInput => ({ op: 'put', id, baseRevision, content: content(over) });

const hitsOf = (result: SearchResult): SearchHit[] => result.groups.flatMap((group) => group.hits);
const where = (result: SearchResult) => hitsOf(result).map((hit) => `${hit.field}:${hit.regionId ?? '-'}`);
/** The highlighted words of each hit, as the snippet shows them. */
const marked = (result: SearchResult) => hitsOf(result).map((hit) => hit.highlights.map(({ start, end }) => hit.snippet.slice(start, end)));

describe('search: one index for transcriptions, comments, entities, tags and descriptions, in any script', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let archive: Archive;
  let calls: SearchCalls;
  let docId: string;
  let otherId: string;
  const find = (query: string, more: Omit<z.input<typeof SearchQuery>, 'query'> = {}) => calls.search(SearchQuery.parse({ query, ...more }));
  const save = async (changes: RegionChangeInput[], doc = docId) => {
    const result = await archive.service.saveRegions(SaveRegionsRequest.parse({ docId: doc, author: 'Айгүл', changes }));
    if (!result.ok) throw new Error('the save should have worked');
  };

  beforeEach(async () => {
    dir = await tempDir();
    archive = await openTestArchive(join(dir.path, 'library'));
    calls = createSearchCalls({ store: archive.store, events: archive.events }, { log: () => undefined });
    docId = await importOne(archive, await writePng(dir.path, 'sary-arqa.png', 120, 160));
    otherId = await importOne(archive, await writePng(dir.path, 'qazaq.png', 120, 160, 90));
    await archive.service.updateDocument({
      id: docId,
      changes: {
        title: '«Сарыарқа», № 28',
        kind: 'newspaper-issue',
        tags: ['мерзімді'],
        metadata: { publication: 'Сарыарқа', place: 'Семей', isoDate: '1918-11-25', notes: 'Бөкейханов туралы мақала' },
      },
    });
    await archive.service.updateDocument({ id: otherId, changes: { title: '«Қазақ», № 250', metadata: { publication: 'Қазақ', isoDate: '1917-10-03' } } });
    await save([
      put('r-0001', 0, {
        text: 'Алашорда үкіметі Семейде отырды',
        status: 'done',
        tags: ['саясат'],
        entities: [{ id: 'e-0001', type: 'place', start: 17, end: 24, normalized: 'Семипалатинск' }],
      }),
      put('r-0002', 0, { text: 'Сарыарқа газеті', kind: 'heading', order: 1, page: 0 }),
    ]);
    await archive.service.addComment({ docId, regionId: 'r-0002', author: 'Айгүл', text: 'Тақырыпты тексеру керек' });
    await save([put('r-0001', 0, { text: 'Алашорда туралы хабар', status: 'in-progress' })], otherId);
  });
  afterEach(async () => {
    await calls.close();
    await archive.close();
    await dir.cleanup();
  });

  it('finds a Cyrillic transcription by Cyrillic, by both Latin alphabets and by төте жазу, and marks the word', async () => {
    for (const query of ['үкіметі', 'ükımetı', 'ükimeti', 'ۇكىمەتى', 'ҮКІМЕТІ']) {
      const result = await find(query);
      expect(where(result), query).toEqual(['text:r-0001']);
      expect(hitsOf(result)[0], query).toMatchObject({ docId, page: 0, regionId: 'r-0001', field: 'text', snippet: 'Алашорда үкіметі Семейде отырды' });
      expect(marked(result), query).toEqual([['үкіметі']]);
    }
    const everywhere = await find('الاشوردا');
    expect(everywhere.total).toBe(2);
    expect(everywhere.groups.map((group) => group.title).sort()).toEqual(['«Сарыарқа», № 28', '«Қазақ», № 250']);
  });

  it('finds by prefix and despite a typo', async () => {
    expect(where(await find('үкім'))).toEqual(['text:r-0001']);
    expect(marked(await find('Семей', { docId }))).toContainEqual(['Семейде']);
    expect(where(await find('үкімті'))).toEqual(['text:r-0001']);
    expect(where(await find('Alaşorla'))).toHaveLength(2);
    // Short words match exactly: two letters find neither a prefix nor a typo.
    expect((await find('үк')).total).toBe(0);
  });

  it('looks for typos only when nothing matches as typed', async () => {
    // хабар is a typo away from хабр; a word found as typed is the word meant.
    await save([put('r-0003', 0, { text: 'Жаңа хабр', order: 2 })], otherId);
    expect(marked(await find('хабр'))).toEqual([['хабр']]);
    expect(marked(await find('хабар'))).toEqual([['хабар']]);
    expect(marked(await find('хабрр')).flat().sort()).toEqual(['хабар', 'хабр']);
    // Only the word that is nowhere is taken for a typo; the other is the word typed.
    expect(marked(await find('Алашорда хабрр'))).toEqual([['Алашорда', 'хабар']]);
    expect((await find('Алашорда зззззз')).total).toBe(0);
  });

  it('ignores diacritics when asked, and when nothing is found as typed', async () => {
    await save([put('r-0003', 0, { text: 'Қазақ халқы', order: 2 }), put('r-0004', 0, { text: 'Казак полкы', order: 3 })], otherId);
    // As typed, казак is the Russian word; without its marks it is also the Kazakh one (in a region, and in the other document's description).
    const both = [['Казак'], ['Қазақ'], ['Қазақ', 'Қазақ']];
    expect(marked(await find('казак'))).toEqual([['Казак']]);
    expect(marked(await find('казак', { ignoreDiacritics: true })).sort()).toEqual(both);
    expect(marked(await find('kazak', { ignoreDiacritics: true })).sort()).toEqual(both);
    // By its start too; and a word found only so is found without asking.
    expect(marked(await find('каза', { ignoreDiacritics: true })).sort()).toEqual(both);
    expect(marked(await find('укимети'))).toEqual([['үкіметі']]);
    expect(marked(await find('халкы'))).toEqual([['халқы']]);
  });

  it('finds the start of an Arabic-script word whose front row shows only later', async () => {
    await save([put('r-0003', 0, { text: 'Сөзге қарағанда', order: 2 })], otherId);
    expect(marked(await find('سوز'))).toEqual([['Сөзге']]);
  });

  it('says in which field a hit is: comments, entities, tags, the description', async () => {
    expect(hitsOf(await find('тексеру'))).toMatchObject([{ field: 'comments', regionId: 'r-0002', snippet: 'Тақырыпты тексеру керек' }]);
    expect(hitsOf(await find('Semipalatinsk'))).toMatchObject([{ field: 'entities', regionId: 'r-0001', snippet: 'Семейде · Семипалатинск' }]);
    expect(hitsOf(await find('саясат'))).toMatchObject([{ field: 'tags', regionId: 'r-0001' }]);
    const tagged = hitsOf(await find('мерзімді'));
    expect(tagged).toMatchObject([{ field: 'tags', docId, page: 0 }]);
    expect(tagged[0]?.regionId).toBeUndefined();
    const described = hitsOf(await find('Бөкейханов'));
    expect(described).toMatchObject([{ field: 'metadata', docId, page: 0, snippet: '«Сарыарқа», № 28 · Сарыарқа · Семей · 1918-11-25 · Бөкейханов туралы мақала' }]);
    expect(marked(await find('Бөкейханов'))).toEqual([['Бөкейханов']]);
  });

  it('requires every word of the query, in the same region', async () => {
    expect(where(await find('Алашорда Семейде'))).toEqual(['text:r-0001']);
    expect((await find('Алашорда газеті')).total).toBe(0);
  });

  it('narrows by document, publication, years, kinds, status, tag and entity type', async () => {
    const count = async (filters: z.input<typeof SearchQuery>['filters'], query = 'Алашорда') => (await find(query, { filters })).total;
    expect(await count({})).toBe(2);
    expect((await find('Алашорда', { docId: otherId })).groups.map((g) => g.docId)).toEqual([otherId]);
    expect(await count({ publication: 'САРЫАРҚА' })).toBe(1);
    expect(await count({ yearFrom: 1918 })).toBe(1);
    expect(await count({ yearTo: 1917 })).toBe(1);
    expect(await count({ yearFrom: 1919, yearTo: 1920 })).toBe(0);
    expect(await count({ kind: 'newspaper-issue' })).toBe(1);
    expect(await count({ status: 'done' })).toBe(1);
    expect(await count({ status: 'reviewed' })).toBe(0);
    expect(await count({ regionKind: 'heading' }, 'Сарыарқа')).toBe(1);
    expect(await count({ entityType: 'place' })).toBe(1);
    expect(await count({ entityType: 'person' })).toBe(0);
    expect(await count({ tag: 'Саясат' })).toBe(1);
    // A document's tag covers its regions; a region filter leaves out hits outside regions.
    expect(await count({ tag: 'мерзімді' })).toBe(1);
    expect(await count({ status: 'draft' }, 'Бөкейханов')).toBe(0);
  });

  it('follows saves, comments and deletions without indexing the document again', async () => {
    await find('Алашорда');
    const indexed = calls.index.stats.documentsIndexed;
    await save([put('r-0001', 1, { text: 'Жаңа хабар келді' })]);
    expect(where(await find('Жаңа'))).toEqual(['text:r-0001']);
    expect((await find('үкіметі')).total).toBe(0);
    await archive.service.addComment({ docId, regionId: 'r-0001', author: 'Айгүл', text: 'Дереккөзі белгісіз' });
    expect(where(await find('Дереккөзі'))).toEqual(['comments:r-0001']);
    await archive.service.updateDocument({ id: docId, changes: { metadata: { notes: 'Ақпан айы' } } });
    expect((await find('Бөкейханов')).total).toBe(0);
    expect(where(await find('Ақпан'))).toEqual(['metadata:-']);
    await save([{ op: 'delete', id: 'r-0001', baseRevision: 2 }]);
    expect((await find('Жаңа')).total).toBe(0);
    expect(calls.index.stats).toMatchObject({ documentsIndexed: indexed, rebuilds: 1, loads: 0 });
  });

  it('leaves out trashed documents and brings restored ones back', async () => {
    expect((await find('Алашорда')).total).toBe(2);
    await archive.service.trashDocuments({ ids: [otherId] });
    expect((await find('Алашорда')).groups.map((g) => g.docId)).toEqual([docId]);
    await archive.service.restoreDocuments({ ids: [otherId] });
    expect((await find('Алашорда')).total).toBe(2);
  });

  it('finds an imported document by its title at once', async () => {
    await find('Алашорда');
    const added = await importOne(archive, await writePng(dir.path, 'Ush-Zhuz.png', 100, 100, 10));
    expect(hitsOf(await find('Ush'))).toMatchObject([{ docId: added, field: 'metadata' }]);
  });

  it('caps the hits shown at the limit and counts them all', async () => {
    const result = await find('Алашорда', { limit: 1 });
    expect(result.total).toBe(2);
    expect(hitsOf(result)).toHaveLength(1);
  });
});
