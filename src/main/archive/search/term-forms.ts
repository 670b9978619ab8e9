import { searchForms, tokenize } from '../../../shared/text/normalize';

/** Distinct words whose forms are remembered; past this the memory starts over (a build meets most words early). */
const MEMO_LIMIT = 200_000;
/** A query's words beyond these are ignored: a pasted page must not cost a search per word. */
export const MAX_QUERY_WORDS = 50;

const memo = new Map<string, string[]>();

/**
 * searchForms of a word, remembered: texts repeat their words, and working out a word's
 * transliterations costs ~15 µs, most of an index build's time. Empty forms are dropped.
 */
export function formsOf(word: string): string[] {
  let forms = memo.get(word);
  if (!forms) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    forms = searchForms(word).filter((form) => form !== '');
    memo.set(word, forms);
  }
  return forms;
}

/** The index's tokenizer: our words, not MiniSearch's (which splits Kazakh apostrophes and joiners). */
export const wordsOf = (text: string): string[] => tokenize(text).map((token) => token.text);

/**
 * A query as the forms of each of its words, at most MAX_QUERY_WORDS distinct words: empty for
 * a query with no letters or digits (only punctuation, regex characters, spaces).
 */
export function queryWords(query: string): string[][] {
  const words: string[][] = [];
  const seen = new Set<string>();
  for (const { text } of tokenize(query.slice(0, 10_000))) {
    const forms = formsOf(text);
    const key = forms.join('\n');
    if (forms.length === 0 || seen.has(key)) continue;
    seen.add(key);
    words.push(forms);
    if (words.length === MAX_QUERY_WORDS) break;
  }
  return words;
}
