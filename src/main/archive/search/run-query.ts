import type MiniSearch from 'minisearch';
import type { SearchResult as MiniResult, Query } from 'minisearch';
import type { SearchHit, SearchQuery, SearchResult } from '../../../shared/contract';
import { liveDocuments } from '../library/documents';
import type { LibraryStore } from '../store/library-store';
import { INDEXED_FIELDS, parseEntryId, type IndexedField, type IndexEntry } from './entries';
import { hitFilter } from './hit-filter';
import { HitTexts } from './hit-texts';
import { searchOptions, typoSearchOptions } from './index-options';
import type { PdfTextCache } from './pdf-text-cache';
import { makeSnippet } from './snippet';
import { keysOf } from './term-keys';

export interface QueryContext {
  store: LibraryStore;
  pdfText: PdfTextCache;
}

/** When a hit matched in several fields, the one shown: the transcription first. */
const FIELD_ORDER: readonly IndexedField[] = ['text', 'entities', 'comments', 'tags', 'metadata'];

/**
 * Every word must match (AND), each under any of its keys (OR), as a prefix, or with a typo when
 * nothing matches so; the best `limit` hits get snippets and are grouped by document, in the
 * order of each document's best hit.
 */
export async function runQuery(index: MiniSearch<IndexEntry>, words: string[][], query: SearchQuery, ctx: QueryContext): Promise<SearchResult> {
  const documents = liveDocuments(ctx.store);
  const spec: Query = { combineWith: 'AND', queries: words.map((keys) => ({ combineWith: 'OR', queries: keys })) };
  const filter = hitFilter(query, documents);
  let results = index.search(spec, { ...searchOptions, filter });
  if (results.length === 0) results = index.search(spec, { ...typoSearchOptions, filter });
  const texts = new HitTexts(ctx.store, ctx.pdfText, documents);
  const groups = new Map<string, SearchHit[]>();
  for (const result of results.slice(0, query.limit)) {
    const hit = await toHit(result, texts);
    if (!hit) continue;
    const group = groups.get(hit.docId) ?? [];
    group.push(hit);
    groups.set(hit.docId, group);
  }
  return {
    total: results.length,
    groups: Array.from(groups, ([docId, hits]) => ({ docId, title: documents.get(docId)?.title ?? docId, hits })),
  };
}

async function toHit(result: MiniResult, texts: HitTexts): Promise<SearchHit | null> {
  const ref = parseEntryId(String(result.id));
  if (!ref) return null;
  // match: each document term that matched → the fields it is in.
  const fieldsOf = (term: string): string[] => result.match[term] ?? [];
  const matched = new Set(result.terms.flatMap(fieldsOf));
  const field = FIELD_ORDER.find((f) => matched.has(f)) ?? INDEXED_FIELDS[0];
  const found = await texts.of(ref, field);
  if (!found) return null;
  const terms = new Set(result.terms.filter((term) => fieldsOf(term).includes(field)));
  const { snippet, highlights } = makeSnippet(found.text, (word) => keysOf(word).some((key) => terms.has(key)));
  return {
    docId: ref.docId,
    page: found.page,
    ...(found.regionId === undefined ? {} : { regionId: found.regionId }),
    field: found.field,
    snippet,
    highlights,
    score: result.score,
  };
}
