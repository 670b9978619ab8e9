import type { Options, SearchOptions } from 'minisearch';
import { INDEXED_FIELDS, STORED_FIELDS, type IndexEntry } from './entries';
import { formsOf, wordsOf } from './term-forms';

/**
 * How entries become terms: our tokenizer, and every word indexed under all its search forms
 * (normalised, Cyrillic pivot, both Latin schemes, *төте жазу*), so a word in any script meets
 * the others. A saved index is only valid with these same options.
 */
export const indexOptions: Options<IndexEntry> = {
  fields: [...INDEXED_FIELDS],
  storeFields: [...STORED_FIELDS],
  tokenize: wordsOf,
  processTerm: formsOf,
};

/** Shorter words match exactly: a two-letter prefix or a one-letter typo matches half the library. */
const PREFIX_FROM = 3;
const FUZZY_FROM = 4;

/**
 * A query arrives as forms already worked out (queryWords), one term per leaf: they are taken
 * as they are. Prefix matching suits an agglutinative language (Алаш finds Алаштың); one typo
 * in four to seven letters, two in eight to twelve (a fifth of the word,
 * rounded).
 */
export const searchOptions: SearchOptions = {
  tokenize: (form) => [form],
  processTerm: (form) => form,
  prefix: (form) => form.length >= PREFIX_FROM,
  fuzzy: (form) => (form.length >= FUZZY_FROM ? 0.2 : false),
};
