import { scanWords } from '../../../shared/text/word-scan';

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

/** White space other than one space between words: the only text oneLine changes. */
const UNEVEN_SPACE = /[^\S ]| {2}/u;

/** The text on one line, each run of white space one space; most texts are so already, and are given back as they are. */
const oneLine = (text: string) => (UNEVEN_SPACE.test(text) ? text.replace(/\s+/gu, ' ') : text);

/** How long text[from, to), the gap between two words, is on one line; most gaps are one character. */
function oneLineLength(text: string, from: number, to: number): number {
  return to - from <= 1 ? to - from : oneLine(text.slice(from, to)).length;
}

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
  // White space made one space; each matching word's place counted as the words are read, in the text as it will be shown.
  const marks: number[] = [];
  let shown = 0;
  let at = start;
  scanWords(
    text,
    (word, from) => {
      shown += oneLineLength(text, at, from);
      if (matches(word)) marks.push(shown, shown + word.length);
      shown += word.length;
      at = from + word.length;
      return false;
    },
    start,
    end,
  );
  const flat = oneLine(text.slice(start, end));
  const lead = flat.startsWith(' ') ? 1 : 0;
  const before = start > 0 ? '…' : '';
  const snippet = `${before}${flat.trim()}${end < text.length ? '…' : ''}`;
  const shift = before.length - lead;
  const highlights: Snippet['highlights'] = [];
  for (let i = 0; i < marks.length; i += 2) highlights.push({ start: (marks[i] ?? 0) + shift, end: (marks[i + 1] ?? 0) + shift });
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
  scanWords(text, (word, start) => {
    if (matches(word)) found = { start, end: start + word.length };
    return found !== undefined;
  });
  return found;
}
