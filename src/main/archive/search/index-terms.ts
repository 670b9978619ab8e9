import { keysOf, wordsOf } from './term-keys';

/** Shorter words match exactly: a two-letter prefix matches half the library. */
export const PREFIX_FROM = 3;

export interface IndexTerms {
  /** What the field index holds for the text: every key of every word, and each key's prefixes from PREFIX_FROM letters. */
  terms: string[];
  /** The keys themselves, whole: the vocabulary a typo is looked up in. */
  keys: string[];
}

/**
 * A text's terms, first seen first (FlexSearch ranks an entry higher where a term comes
 * earlier). Prefixes are indexed as terms of their own, so a prefix query is one lookup, and so
 * that keys under PREFIX_FROM letters are only found whole. Lengths are in UTF-16 units: keys
 * are NFKC letters of the three scripts, one unit each.
 */
export function indexTerms(text: string): IndexTerms {
  const terms = new Set<string>();
  const keys = new Set<string>();
  for (const word of wordsOf(text)) {
    for (const key of keysOf(word)) {
      keys.add(key);
      for (let length = PREFIX_FROM; length < key.length; length++) terms.add(key.slice(0, length));
      terms.add(key);
    }
  }
  return { terms: [...terms], keys: [...keys] };
}

/**
 * Whether a word of a text is one the query keys find, as the index finds it: a key of the word
 * is a query key whole, or starts with one of PREFIX_FROM letters or more. Marks the words of a snippet.
 */
export function wordMatcher(queryKeys: Iterable<string>): (word: string) => boolean {
  const whole = new Set<string>();
  const starts: string[] = [];
  for (const key of queryKeys) {
    whole.add(key);
    if (key.length >= PREFIX_FROM) starts.push(key);
  }
  // A snippet's words repeat across hits: each is judged once per search.
  const judged = new Map<string, boolean>();
  return (word) => {
    let found = judged.get(word);
    if (found === undefined) {
      found = keysOf(word).some((key) => whole.has(key) || starts.some((start) => key.startsWith(start)));
      judged.set(word, found);
    }
    return found;
  };
}
