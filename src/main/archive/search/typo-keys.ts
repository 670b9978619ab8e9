import { distance } from 'fastest-levenshtein';

/** Shorter keys have no typos looked for: one letter off in three matches too much. */
const FUZZY_FROM = 4;

/** Letters that may be wrong: a fifth of the key, rounded (one in four to seven letters, two in eight to twelve). */
const allowed = (length: number) => Math.round(length * 0.2);

/**
 * The indexed keys a typo away from a query key, the key itself included. Asked only when a
 * query finds nothing as typed: it reads the whole vocabulary (tens of milliseconds), and a
 * word found as typed is the word meant.
 */
export function typoKeys(key: string, vocabulary: Iterable<string>): string[] {
  if (key.length < FUZZY_FROM) return [key];
  const most = allowed(key.length);
  const found = [key];
  for (const known of vocabulary) {
    if (known !== key && Math.abs(known.length - key.length) <= most && distance(known, key) <= most) found.push(known);
  }
  return found;
}
