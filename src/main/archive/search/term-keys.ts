import { queryKeys, searchKeys, tokenize } from '../../../shared/text/normalize';
import { scanWords } from '../../../shared/text/word-scan';

/** Distinct words whose keys are remembered; past this the memory starts over (a build meets most words early). */
const MEMO_LIMIT = 200_000;
/** A query's words beyond these are ignored: a pasted page must not cost a search per word. */
export const MAX_QUERY_WORDS = 50;

const memo = new Map<string, string[]>();

/**
 * searchKeys of a word, remembered: texts repeat their words, and reading a word through the
 * transliterations costs microseconds, most of an index build's time.
 */
export function keysOf(word: string): string[] {
  let keys = memo.get(word);
  if (!keys) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    keys = searchKeys(word);
    memo.set(word, keys);
  }
  return keys;
}

/**
 * Works out the keys of a text's words ahead of need, while the memory has room: snippets ask
 * them of every word they show, and a word first met in a search costs it some ten
 * microseconds. False once the memory is full (nothing more is remembered then).
 */
export function rememberKeys(text: string): boolean {
  if (memo.size >= MEMO_LIMIT) return false;
  // Stops before the memory is full, where keysOf would start it over.
  scanWords(text, (word) => {
    keysOf(word);
    return memo.size >= MEMO_LIMIT;
  });
  return memo.size < MEMO_LIMIT;
}

/** A text's words, as our tokenizer finds them (Kazakh apostrophes and joiners keep a word whole). */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  scanWords(text, (word) => {
    words.push(word);
    return false;
  });
  return words;
}

/**
 * A query as the keys of each of its words, at most MAX_QUERY_WORDS distinct words: empty for
 * a query with no letters or digits (only punctuation, regex characters, spaces).
 */
export function queryWords(query: string): string[][] {
  const words: string[][] = [];
  const seen = new Set<string>();
  for (const { text } of tokenize(query.slice(0, 10_000))) {
    const keys = queryKeys(text);
    const id = keys.join('\n');
    if (keys.length === 0 || seen.has(id)) continue;
    seen.add(id);
    words.push(keys);
    if (words.length === MAX_QUERY_WORDS) break;
  }
  return words;
}
