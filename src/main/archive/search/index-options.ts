import type { Options, SearchOptions } from 'minisearch';
import { INDEXED_FIELDS, STORED_FIELDS, type IndexEntry } from './entries';
import { keysOf, wordsOf } from './term-keys';

/**
 * How entries become terms: our tokenizer, and every word indexed under its search keys
 * (shared/text/normalize.ts searchKeys: Cyrillic, the pivot of the three scripts), so a word in
 * any script meets the others. A saved index is only valid with these same options.
 */
export const indexOptions: Options<IndexEntry> = {
  fields: [...INDEXED_FIELDS],
  storeFields: [...STORED_FIELDS],
  tokenize: wordsOf,
  processTerm: keysOf,
};

/** Shorter words match exactly: a two-letter prefix or a one-letter typo matches half the library. */
const PREFIX_FROM = 3;
const FUZZY_FROM = 4;

/**
 * A query arrives as keys already worked out (queryWords), one term per leaf: they are taken
 * as they are. Prefix matching suits an agglutinative language (Алаш finds Алаштың).
 */
export const searchOptions: SearchOptions = {
  tokenize: (key) => [key],
  processTerm: (key) => key,
  prefix: (key) => key.length >= PREFIX_FROM,
};

/**
 * Asked only when a query finds nothing as typed: one typo in four to seven letters, two in
 * eight to twelve (a fifth of the word, rounded). Walking the index for a word's neighbours
 * costs several times an exact lookup, and a word found as typed is the word meant.
 */
export const typoSearchOptions: SearchOptions = {
  ...searchOptions,
  fuzzy: (key) => (key.length >= FUZZY_FROM ? 0.2 : false),
};
