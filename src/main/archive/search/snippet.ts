import { tokenize, tokens, type Token } from '../../../shared/text/normalize';

export interface Snippet {
  snippet: string;
  highlights: { start: number; end: number }[];
}

/** About this much text around the first match, and this much of it before the match. */
const WIDTH = 120;
const BEFORE = 40;

/**
 * Plain text around the first word `matches` accepts, cut at spaces, on one line, with an
 * ellipsis where text was left out; the matching words in it as offsets into the snippet (the
 * text is tokenised again, so offsets always fit what is shown). The start of the text when no
 * word matches.
 */
export function makeSnippet(text: string, matches: (word: string) => boolean): Snippet {
  return cut(text, firstMatch(text, matches), matches);
}

/** makeSnippet's snippet, or null when no word of the text matches: a hit's texts are tried in turn, each read once. */
export function matchedSnippet(text: string, matches: (word: string) => boolean): Snippet | null {
  const first = firstMatch(text, matches);
  return first ? cut(text, first, matches) : null;
}

function cut(text: string, first: Token | undefined, matches: (word: string) => boolean): Snippet {
  // A text that fits is shown whole; near its end, the window reaches back.
  let start = first ? Math.max(0, Math.min(first.start - BEFORE, text.length - WIDTH)) : 0;
  if (start > 0 && first) {
    // From a word's start: the first space after the cut, if it comes before the match.
    const space = text.slice(start, first.start).search(/\s/u);
    if (space >= 0) start += space + 1;
  }
  let end = Math.min(text.length, Math.max(start + WIDTH, first?.end ?? 0));
  if (end < text.length) {
    const space = text.slice(first?.end ?? start, end).search(/\s\S*$/u);
    if (space >= 0) end = (first?.end ?? start) + space;
  }
  const flat = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  const snippet = `${start > 0 ? '…' : ''}${flat}${end < text.length ? '…' : ''}`;
  const highlights = tokenize(snippet)
    .filter((token) => matches(token.text))
    .map(({ start: from, end: to }) => ({ start: from, end: to }));
  return { snippet, highlights };
}

function firstMatch(text: string, matches: (word: string) => boolean): Token | undefined {
  for (const token of tokens(text)) if (matches(token.text)) return token;
  return undefined;
}
