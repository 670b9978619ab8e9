import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IndexEntry } from '../../../src/main/archive/search/entries';
import type { IndexedState } from '../../../src/main/archive/search/indexed-state';
import { LiveIndex } from '../../../src/main/archive/search/live-index';
import { matchEntries } from '../../../src/main/archive/search/match-entries';
import { indexFileText, readSavedIndex, saveIndex } from '../../../src/main/archive/search/saved-index';
import { queryWords } from '../../../src/main/archive/search/term-keys';
import { tempDir } from '../../support/temp-dir';

const STATE: IndexedState = { updatedAt: '2026-11-24T00:00:00.000Z', regions: 'f', complete: true };
const region = (docId: string, regionId: string, text: string, more: Partial<IndexEntry> = {}): IndexEntry => ({ id: `r:${docId}:${regionId}`, text, page: 0, kind: 'text', status: 'draft', ...more });

/** The entry ids a query finds, best first; and it counts as many as it lists. */
function found(live: LiveIndex, query: string): (string | undefined)[] {
  const matches = matchEntries(live, queryWords(query));
  const numbers = matches.first(matches.count + 1);
  expect(numbers).toHaveLength(matches.count);
  return numbers.map((number) => live.entry(number)?.id);
}

describe('the live index: entries by number in one FlexSearch index of all their texts', () => {
  let live: LiveIndex;
  beforeEach(() => {
    live = new LiveIndex();
    live.replaceAll('doc-a', [region('doc-a', 'r1', 'Алашорда үкіметі Семейде'), region('doc-a', 'r2', 'Сарыарқа газеті', { comments: 'Алаш туралы' }), { id: 'd:doc-a', metadata: 'Сарыарқа · Семей', tags: ['мерзімді'] }], STATE);
    live.replaceAll('doc-b', [region('doc-b', 'r1', 'Семей қаласы, Алаш')], STATE);
  });

  it('finds every word (AND), each in any field (OR), whole or by prefix', () => {
    expect(found(live, 'Семей').sort()).toEqual(['d:doc-a', 'r:doc-a:r1', 'r:doc-b:r1']);
    expect(found(live, 'алаш').sort()).toEqual(['r:doc-a:r1', 'r:doc-a:r2', 'r:doc-b:r1']);
    expect(found(live, 'алаш семей').sort()).toEqual(['r:doc-a:r1', 'r:doc-b:r1']);
    expect(found(live, 'мерзімді')).toEqual(['d:doc-a']);
  });

  it('counts a common word’s entries without listing them, and lists only the best asked for', () => {
    const texts = Array.from({ length: 30 }, (_, n) => region('doc-a', `c${n}`, `${'сөз '.repeat(n)}Алаш`));
    live.replace('doc-a', [], texts, STATE);
    const matches = matchEntries(live, queryWords('алаш'));
    expect(matches.count).toBe(33);
    const best = matches.first(5).map((number) => live.entry(number)?.id);
    expect(best).toHaveLength(5);
    // In c29 Алаш comes after 29 words: it is not among the best.
    expect(best).not.toContain('r:doc-a:c29');
  });

  it('finds words of one or two letters whole, and numbers by their start', () => {
    live.replace('doc-a', [], [region('doc-a', 'r4', 'Ол 1917 ж. келді')], STATE);
    for (const query of ['ол', 'ж', '1917', '191']) expect(found(live, query), query).toEqual(['r:doc-a:r4']);
    expect(found(live, 'ке')).toEqual([]);
  });

  it('ranks an entry where the word comes first above one where it comes later', () => {
    // Семей opens doc-b's region and comes second in doc-a's description.
    expect(found(live, 'Семей')[0]).toBe('r:doc-b:r1');
    expect(found(live, 'алаш').indexOf('r:doc-a:r1')).toBeLessThan(found(live, 'алаш').indexOf('r:doc-b:r1'));
  });

  it('finds nothing when one word is nowhere, or in another entry than the rest', () => {
    expect(found(live, 'жоқсөз')).toEqual([]);
    expect(found(live, 'жоқсөз алаш')).toEqual([]);
    expect(found(live, 'алаш жоқсөз')).toEqual([]);
    expect(found(live, 'газеті үкіметі')).toEqual([]);
    expect(matchEntries(new LiveIndex(), queryWords('алаш')).count).toBe(0);
  });

  it('replaces an entry: its old words find it no more, its new ones do', () => {
    live.replace('doc-a', ['r:doc-a:r1'], [region('doc-a', 'r1', 'Қазақ комитеті')], STATE);
    expect(found(live, 'үкіметі')).toEqual([]);
    expect(found(live, 'комитеті')).toEqual(['r:doc-a:r1']);
    expect(found(live, 'Семей').sort()).toEqual(['d:doc-a', 'r:doc-b:r1']);
  });

  it('drops an entry listed without a new version, and a whole document', () => {
    live.replace('doc-a', ['r:doc-a:r2'], [], STATE);
    expect(found(live, 'газеті')).toEqual([]);
    live.remove('doc-b');
    expect(found(live, 'қаласы')).toEqual([]);
    expect(live.documentIds()).toEqual(['doc-a']);
    expect(live.size).toBe(2);
  });

  it('keeps the facts filters need beside the postings', () => {
    live.replace('doc-a', [], [region('doc-a', 'r3', 'Мөр', { kind: 'seal', status: 'done', tags: ['мөр'], entityTypes: ['place'], page: 2 })], STATE);
    const [number] = matchEntries(live, queryWords('мөр')).first(1);
    expect(live.entry(number ?? -1)).toEqual({ id: 'r:doc-a:r3', page: 2, kind: 'seal', status: 'done', tags: ['мөр'], entityTypes: ['place'] });
  });

  it('remembers every key indexed whole, for typos', () => {
    expect(live.vocabulary).toContain('алашорда');
    expect(live.vocabulary).not.toContain('ала');
  });
});

describe('the saved index file', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await dir.cleanup();
  });

  it('loads as it was saved: the same entries found in the same order, and changes go on from there', async () => {
    const live = new LiveIndex();
    live.replaceAll('doc-a', [region('doc-a', 'r1', 'Алашорда үкіметі'), region('doc-a', 'r2', 'Алаш автономиясы', { comments: 'Семей' })], STATE);
    live.replaceAll('doc-b', [region('doc-b', 'r1', 'Семейде Алаш')], { ...STATE, files: 'stamp' });
    await saveIndex(dir.path, 'tools', indexFileText(live.content()), live.allStates());
    const loaded = await readSavedIndex(dir.path, 'tools');
    if (!(loaded instanceof LiveIndex)) throw new Error(`the saved index should load: ${loaded.unusable}`);
    for (const query of ['алаш', 'семей', 'Alaş', 'үкім']) expect(found(loaded, query), query).toEqual(found(live, query));
    expect(loaded.state('doc-b')).toEqual({ ...STATE, files: 'stamp' });
    expect([...loaded.vocabulary].sort()).toEqual([...live.vocabulary].sort());
    loaded.replace('doc-a', ['r:doc-a:r1'], [region('doc-a', 'r1', 'Жаңа мәтін')], STATE);
    expect(found(loaded, 'үкіметі')).toEqual([]);
    expect(found(loaded, 'мәтін')).toEqual(['r:doc-a:r1']);
    expect(found(loaded, 'алаш').sort()).toEqual(['r:doc-a:r2', 'r:doc-b:r1']);
  });

  it('says why a file whose postings are not chunks cannot be used', async () => {
    await saveIndex(dir.path, 'tools', indexFileText(new LiveIndex().content()), new Map());
    const file = (await readdir(dir.path)).find((name) => name.startsWith('index-')) ?? '';
    await writeFile(join(dir.path, file), JSON.stringify({ nextEntry: 0, entries: [], vocabulary: [], postings: 'x' }));
    const read = await readSavedIndex(dir.path, 'tools');
    expect('unusable' in read && read.unusable).toMatch(/^its index file is damaged/);
  });

  it.each([
    ['a term without rank bands', [['алаш', 'x']]],
    ['a rank band of words', [['алаш', [['a']]]]],
    ['a number for a term', [[5, [[1]]]]],
  ])('will not load postings FlexSearch would misread: %s', async (_name, map) => {
    const live = new LiveIndex();
    live.replaceAll('doc-a', [region('doc-a', 'r1', 'Алаш')], STATE);
    const content = live.content();
    content.postings = [['1.reg', '[0]'], ['1.map', JSON.stringify(map)]];
    await saveIndex(dir.path, 'tools', indexFileText(content), live.allStates());
    const read = await readSavedIndex(dir.path, 'tools');
    expect('unusable' in read && read.unusable).toMatch(/postings are damaged \(chunk 1\.map\)/);
  });

  it('says there is none in an empty folder', async () => {
    await mkdir(join(dir.path, 'empty'));
    expect(await readSavedIndex(join(dir.path, 'empty'), 'tools')).toEqual({ unusable: 'there is none' });
  });
});
