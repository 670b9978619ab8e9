import { INDEXED_FIELDS } from './entries';
import type { Ranked } from './field-index';
import type { LiveIndex } from './live-index';

/** Where any of the keys is, in any field: the lookups that found something, joined in one union. */
function anyOf(live: LiveIndex, keys: readonly string[]): Ranked | undefined {
  const found = keys.flatMap((key) => INDEXED_FIELDS.map((field) => live.fields[field].find(key))).filter((lookup) => lookup.result.length > 0);
  const [first, ...rest] = found;
  return first && rest.length > 0 ? first.or(...rest) : first;
}

/** Whether any of a word's keys is anywhere in the index. */
export const findsAny = (live: LiveIndex, keys: readonly string[]): boolean => anyOf(live, keys) !== undefined;

/**
 * The entries holding every word (AND), each word under any of its keys in any field (OR),
 * ranked by FlexSearch (entries where the words come earlier first), as entry numbers.
 */
export function matchEntries(live: LiveIndex, words: readonly (readonly string[])[]): number[] {
  if (live.size === 0) return [];
  let all: Ranked | undefined;
  for (const keys of words) {
    const any = anyOf(live, keys);
    // FlexSearch answers `and` on an empty result with a bare array, not a resolver: nothing is found anyway.
    if (!any) return [];
    all = all ? all.and(any) : any;
    if (all.result.length === 0) return [];
  }
  return all ? all.resolve({ limit: live.size }) : [];
}
