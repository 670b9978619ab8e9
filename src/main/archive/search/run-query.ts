import type { SearchHit, SearchQuery, SearchResult } from '../../../shared/contract';
import { liveDocuments } from '../library/documents';
import type { LibraryStore } from '../store/library-store';
import { parseEntryId, type EntryFacts, type EntryRef } from './entries';
import { hitFilter } from './hit-filter';
import { HitTexts } from './hit-texts';
import { wordMatcher } from './index-terms';
import type { LiveIndex } from './live-index';
import { findsAny, matchEntries, type Matches } from './match-entries';
import type { PdfTextCache } from './pdf-text-cache';
import { typoKeys } from './typo-keys';

export interface QueryContext {
  store: LibraryStore;
  pdfText: PdfTextCache;
}

/**
 * Every word must match (AND), each under any of its keys (OR), whole or as a prefix (with any
 * diacritics, when asked); when nothing matches so, a word that is nowhere may match with a typo
 * or other diacritics; the best
 * `limit` hits get snippets and are grouped by document, in the order of each document's best hit.
 */
export async function runQuery(live: LiveIndex, words: string[][], query: SearchQuery, ctx: QueryContext): Promise<SearchResult> {
  const documents = liveDocuments(ctx.store);
  const filter = hitFilter(query, documents);
  const bare = (key: string) => live.bareVocabulary().termsLike(key);
  let keys = query.ignoreDiacritics ? widen(words, bare) : words;
  let found = passing(live, matchEntries(live, keys), filter, query.limit);
  if (found.total === 0) {
    const retyped = retype(live, keys, (key) => [...typoKeys(key, live.vocabulary), ...bare(key)]);
    if (retyped) {
      keys = retyped;
      found = passing(live, matchEntries(live, keys), filter, query.limit);
    }
  }
  const matches = wordMatcher(keys.flat());
  const refs = found.shown.flatMap((entry) => parseEntryId(entry.id) ?? []);
  const texts = new HitTexts(ctx.store, ctx.pdfText, documents);
  await texts.load(refs);
  const groups = new Map<string, SearchHit[]>();
  for (const [rank, ref] of refs.entries()) {
    const hit = toHit(ref, rank, texts, matches);
    if (!hit) continue;
    const group = groups.get(hit.docId) ?? [];
    group.push(hit);
    groups.set(hit.docId, group);
  }
  return {
    total: found.total,
    groups: Array.from(groups, ([docId, hits]) => ({ docId, title: documents.get(docId)?.title ?? docId, hits })),
  };
}

/** Each word's keys with the terms `more` adds to each key, once each. */
const widen = (words: readonly string[][], more: (key: string) => string[]): string[][] => words.map((keys) => [...new Set(keys.flatMap(more))]);

/**
 * The words again, each that is nowhere in the index widened by `more` (typos, other
 * diacritics): a word found as typed is the word meant. Null as soon as a word is nowhere even
 * so, since the query then finds nothing: a pasted paragraph of unknown words costs one look
 * through the vocabulary, not one per word.
 */
function retype(live: LiveIndex, words: readonly string[][], more: (key: string) => string[]): string[][] | null {
  const retyped: string[][] = [];
  for (const keys of words) {
    if (findsAny(live, keys)) {
      retyped.push(keys);
      continue;
    }
    const wider = [...new Set(keys.flatMap(more))];
    if (!findsAny(live, wider)) return null;
    retyped.push(wider);
  }
  return retyped;
}

/**
 * How many of the entries found the filter lets through, and the first `limit` of them. With no
 * filter every entry found counts (an entry's postings go when it is replaced), so only those
 * shown are listed and looked up.
 */
function passing(live: LiveIndex, matches: Matches, filter: ((entry: EntryFacts) => boolean) | undefined, limit: number): { total: number; shown: EntryFacts[] } {
  if (!filter) return { total: matches.count, shown: matches.first(limit).flatMap((number) => live.entry(number) ?? []) };
  const shown: EntryFacts[] = [];
  let total = 0;
  for (const number of matches.first(matches.count)) {
    const entry = live.entry(number);
    if (!entry || !filter(entry)) continue;
    total++;
    if (shown.length < limit) shown.push(entry);
  }
  return { total, shown };
}

/** A hit, shown from the first of its entry's texts with a matching word; its score falls with its rank. */
function toHit(ref: EntryRef, rank: number, texts: HitTexts, matches: (word: string) => boolean): SearchHit | null {
  const found = texts.shown(ref, matches);
  if (!found) return null;
  const { snippet, highlights } = found.shown;
  return {
    docId: ref.docId,
    page: found.page,
    ...(found.regionId === undefined ? {} : { regionId: found.regionId }),
    field: found.field,
    snippet,
    highlights,
    score: 1 / (rank + 1),
  };
}
