import type { Ranked } from './postings';
import type { LiveIndex } from './live-index';

/** Where any of the keys is: the lookups that found something, joined in one union (a native word has one key: no union). */
function anyOf(live: LiveIndex, keys: readonly string[]): Ranked | undefined {
  const found = keys.map((key) => live.postings.find(key)).filter((lookup) => lookup.result.length > 0);
  const [first, ...rest] = found;
  return first && rest.length > 0 ? first.or(...rest) : first;
}

/** Whether any of a word's keys is anywhere in the index: its lookups, without their union. */
export const findsAny = (live: LiveIndex, keys: readonly string[]): boolean => keys.some((key) => live.postings.find(key).result.length > 0);

/** What a search matched: how many entries, and the best of them, without listing the rest. */
export interface Matches {
  readonly count: number;
  /** The best `limit` entry numbers, best first. */
  first(limit: number): number[];
}

const NONE: Matches = { count: 0, first: () => [] };

/** Entries in rank bands, counted: each entry is in one band once (a union or intersection keeps it once). */
const countOf = (bands: Ranked['result']): number => bands.reduce<number>((sum, band) => sum + (Array.isArray(band) ? band.length : 0), 0);

/**
 * The entries holding every word (AND), each word under any of its keys (OR), in any of their texts,
 * ranked by FlexSearch (entries where the words come earlier first). Counting them costs no list:
 * a common word matches most of the library, and only the best are shown.
 */
export function matchEntries(live: LiveIndex, words: readonly (readonly string[])[]): Matches {
  if (live.size === 0) return NONE;
  let all: Ranked | undefined;
  for (const keys of words) {
    const any = anyOf(live, keys);
    // FlexSearch answers `and` on an empty result with a bare array, not a resolver: nothing is found anyway.
    if (!any) return NONE;
    all = all ? all.and(any) : any;
    if (all.result.length === 0) return NONE;
  }
  if (!all) return NONE;
  const ranked = all;
  return { count: countOf(ranked.result), first: (limit) => (limit > 0 ? ranked.resolve({ limit }) : []) };
}
