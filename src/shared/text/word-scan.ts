/** A letter, mark or digit in any script: what words are made of. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Held between two runs of word characters, they keep them one word: apostrophes (2018 Latin: s'ol), soft hyphen, joiners. */
const JOINERS = new Set(['\'', '’', '\u00AD', '\u200C', '\u2060', '\u200D'].map((ch) => ch.charCodeAt(0)));

/** Whether each UTF-16 unit outside the surrogates is a word character: asked once per unit value, then read from the table. */
let bmp: Uint8Array | undefined;
const astral = new Map<number, boolean>();

function wordTable(): Uint8Array {
  if (!bmp) {
    bmp = new Uint8Array(0x10000);
    for (let unit = 0; unit < 0x10000; unit++) if (WORD_CHAR.test(String.fromCharCode(unit))) bmp[unit] = 1;
  }
  return bmp;
}

/** The length in UTF-16 units of the word character at `at`, or 0 when there is none. */
function wordCharAt(text: string, at: number, table: Uint8Array): number {
  if (at >= text.length) return 0;
  const unit = text.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdbff) return table[unit] ?? 0;
  const point = text.codePointAt(at) ?? unit;
  if (point <= 0xffff) return 0;
  let word = astral.get(point);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCodePoint(point));
    astral.set(point, word);
  }
  return word ? 2 : 0;
}

/** Where the run of word characters from `at` ends. */
function runEnd(text: string, at: number, table: Uint8Array): number {
  let end = at;
  for (let step = wordCharAt(text, end, table); step > 0; step = wordCharAt(text, end, table)) end += step;
  return end;
}

/**
 * The words of text[from, to) in order: runs of letters, marks and digits in any script, held
 * together by one apostrophe, soft hyphen or joiner between runs. Hyphens separate: қазақ-қырғыз
 * is two words, so a search for either finds it. A word cut by either end is cut there too.
 * `visit` gets each word and its offset, and returns true to stop. A hand-made scan over a
 * table of the Unicode classes, as the regular expression it replaces
 * (/[\p{L}\p{M}\p{N}]+(?:(?:['’\u00AD\u200C\u2060]|\u200D)[\p{L}\p{M}\p{N}]+)*\/u) matched
 * the same words but made an array per word: search snippets scan thousands of words a query.
 */
export function scanWords(text: string, visit: (word: string, start: number) => boolean, from = 0, to = text.length): void {
  const table = wordTable();
  let at = from;
  while (at < to) {
    const step = wordCharAt(text, at, table);
    if (step === 0) {
      at++;
      continue;
    }
    const start = at;
    let end = runEnd(text, at, table);
    while (end + 1 < text.length && JOINERS.has(text.charCodeAt(end)) && wordCharAt(text, end + 1, table) > 0) end = runEnd(text, end + 1, table);
    if (visit(end > to ? text.slice(start, to) : text.slice(start, end), start)) return;
    at = end;
  }
}
