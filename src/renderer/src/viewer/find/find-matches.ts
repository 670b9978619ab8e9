/** A place in a list of text pieces (the spans of a text layer): which piece, which character. */
export interface TextPoint {
  piece: number;
  offset: number;
}

export interface TextMatch {
  start: TextPoint;
  end: TextPoint;
}

/**
 * Case and width folded without changing the length in UTF-16 units, so offsets in the folded
 * text are offsets in the original (a DOM Range counts in those units).
 */
function fold(text: string): string {
  let folded = '';
  for (const ch of text) {
    const wide = ch.normalize('NFKC').toLocaleLowerCase();
    const lower = ch.toLocaleLowerCase();
    folded += wide.length === ch.length ? wide : lower.length === ch.length ? lower : ch;
  }
  return folded;
}

/** At most this many matches are marked: a one-letter query on a newspaper page would find thousands. */
export const MAX_MATCHES = 1000;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A query as a pattern: its words folded and escaped, whitespace between them matching any run of whitespace. */
const patternOf = (query: string): string | null => {
  const words = query.trim().split(/\s+/).filter(Boolean);
  return words.length === 0 ? null : words.map((w) => escape(fold(w))).join('\\s+');
};

/**
 * Every place a query occurs in the pieces read one after another (a word may run across
 * pieces), ignoring case; whitespace in the query matches any run of whitespace. Several queries
 * (the words typed and the forms the search found them in) are found together, in text order,
 * the longer first where two start at one place.
 */
export function findMatches(pieces: readonly string[], query: string | readonly string[]): TextMatch[] {
  const queries = typeof query === 'string' ? [query] : query;
  const patterns = [...new Set(queries.map(patternOf).filter((p) => p !== null))].sort((a, b) => b.length - a.length);
  if (patterns.length === 0) return [];
  const starts: number[] = [];
  let joined = '';
  for (const piece of pieces) {
    starts.push(joined.length);
    joined += piece;
  }
  const pattern = new RegExp(patterns.join('|'), 'gu');
  const text = fold(joined);
  const at = (index: number): TextPoint => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return { piece: lo, offset: index - (starts[lo] ?? 0) };
  };
  const found: TextMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    found.push({ start: at(match.index), end: at(match.index + match[0].length - 1) });
    if (found.length >= MAX_MATCHES) break;
  }
  // The end point is just past the last character, inside the piece that holds it.
  return found.map(({ start, end }) => ({ start, end: { piece: end.piece, offset: end.offset + 1 } }));
}
