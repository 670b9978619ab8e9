import { eachToken } from '../../../shared/text/normalize';

export interface Snippet {
  snippet: string;
  highlights: { start: number; end: number }[];
}

/** About this much text around the first match, and this much of it before the match. */
const WIDTH = 120;
const BEFORE = 40;

/**
 * Plain text around the first word `matches` accepts, cut at spaces, on one line, with an
 * ellipsis where text was left out; the matching words in it as offsets into the snippet
 * (counted while the snippet is put together, so they fit what is shown). The start of the
 * text when no word matches.
 */
export function makeSnippet(text: string, matches: (word: string) => boolean): Snippet {
  return cut(text, firstMatch(text, matches), matches);
}

/** makeSnippet's snippet, or null when no word of the text matches: a hit's texts are tried in turn, each read once. */
export function matchedSnippet(text: string, matches: (word: string) => boolean): Snippet | null {
  const first = firstMatch(text, matches);
  return first ? cut(text, first, matches) : null;
}

/** Where a word is: its start and end in the text. */
interface Place {
  start: number;
  end: number;
}

/** The white space between two words as one space; most gaps are one space already. */
const oneLine = (gap: string) => (gap === ' ' ? gap : gap.replace(/\s+/gu, ' '));

function cut(text: string, first: Place | undefined, matches: (word: string) => boolean): Snippet {
  // A text that fits is shown whole; near its end, the window reaches back.
  let start = first ? Math.max(0, Math.min(first.start - BEFORE, text.length - WIDTH)) : 0;
  if (start > 0 && first) {
    // From a word's start: the first space after the cut, if it comes before the match.
    const space = text.slice(start, first.start).search(/\s/u);
    if (space >= 0) start += space + 1;
  }
  let end = Math.min(text.length, Math.max(start + WIDTH, first?.end ?? 0));
  if (end < text.length) {
    const space = lastSpace(text, first?.end ?? start, end);
    if (space >= 0) end = space;
  }
  // White space made one space, word by word, each matching word's place noted as it is added.
  let flat = '';
  const marks: [number, number][] = [];
  let at = start;
  eachToken(
    text,
    (word, from) => {
      flat += oneLine(text.slice(at, from));
      if (matches(word)) marks.push([flat.length, flat.length + word.length]);
      flat += word;
      at = from + word.length;
      return false;
    },
    start,
    end,
  );
  flat += oneLine(text.slice(at, end));
  const lead = flat.length - flat.trimStart().length;
  const before = start > 0 ? '…' : '';
  const snippet = `${before}${flat.trim()}${end < text.length ? '…' : ''}`;
  const highlights = marks.map(([from, to]) => ({ start: from - lead + before.length, end: to - lead + before.length }));
  return { snippet, highlights };
}

const SPACE = /\s/u;

/** Where the last white space in text[from, to) is, or -1: read from the end, a word's length back. */
function lastSpace(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (SPACE.test(text.charAt(i))) return i;
  return -1;
}

function firstMatch(text: string, matches: (word: string) => boolean): Place | undefined {
  let found: Place | undefined;
  eachToken(text, (word, start) => {
    if (matches(word)) found = { start, end: start + word.length };
    return found !== undefined;
  });
  return found;
}
