import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Rng } from './random';

/** One set line: its words (a trailing one may end in a hyphen) and whether it closes a paragraph. */
export interface Line {
  words: string[];
  indent: number;
  last: boolean;
  /** Its last word is broken: the rest of it opens the next line. */
  broken: boolean;
}

export type Align = 'justify' | 'left' | 'center';

const VOWEL = /[аәеёиоөуұүыіэюя]/iu;
const LETTER = /\p{L}/u;

/**
 * Places where a compositor could break a word: after a hyphen or dash, or before a
 * consonant that opens a syllable (ба-сын-да). Each is the length of the head.
 */
function breakPoints(word: string): number[] {
  const points: number[] = [];
  for (let i = 2; i < word.length - 2; i++) {
    const [a = '', b = '', c = ''] = [word[i - 1], word[i], word[i + 1]];
    if ((a === '-' || a === '—') && /[\p{L}\d]/u.test(b)) points.push(i);
    if (![a, b, c].every((ch) => LETTER.test(ch))) continue;
    const opensSyllable = !VOWEL.test(b) && VOWEL.test(c);
    const hasVowels = VOWEL.test(word.slice(0, i)) && VOWEL.test(word.slice(i + 1));
    if (opensSyllable && hasVowels) points.push(i);
  }
  return points;
}

/** The longest hyphenated head of `word` that fits in `room`, or nothing. */
function hyphenate(ctx: SKRSContext2D, word: string, room: number): [string, string] | undefined {
  const head = (p: number): string => (/[-—]/.test(word[p - 1] ?? '') ? word.slice(0, p) : `${word.slice(0, p)}-`);
  const point = breakPoints(word)
    .filter((p) => ctx.measureText(head(p)).width <= room)
    .at(-1);
  return point === undefined ? undefined : [head(point), word.slice(point)];
}

/**
 * Greedy line breaking on shaped widths, with hyphenation so justified narrow columns do not gape.
 * Arabic script is not hyphenated: with `hyphenation` off, lines break at spaces only.
 */
export function wrapParagraph(ctx: SKRSContext2D, text: string, width: number, indent = 0, hyphenation = true): Line[] {
  const space = ctx.measureText(' ').width;
  const queue = text.split(' ').filter((w) => w.length > 0);
  const lines: Line[] = [];
  let words: string[] = [];
  let used = 0;
  const room = (): number => width - (lines.length === 0 ? indent : 0);
  const finish = (broken: boolean): void => {
    lines.push({ words, indent: lines.length === 0 ? indent : 0, last: false, broken });
    words = [];
    used = 0;
  };
  for (let word = queue.shift(); word !== undefined; word = queue.shift()) {
    const w = ctx.measureText(word).width;
    const needed = words.length > 0 ? used + space + w : w;
    if (needed <= room() || words.length === 0) {
      words.push(word);
      used = needed;
      continue;
    }
    const free = room() - used - space;
    const split = hyphenation && free > width * 0.15 ? hyphenate(ctx, word, free) : undefined;
    if (split) {
      words.push(split[0]);
      queue.unshift(split[1]);
    } else queue.unshift(word);
    finish(split !== undefined);
  }
  if (words.length > 0) finish(false);
  const closing = lines.at(-1);
  if (closing) closing.last = true;
  return lines;
}

export type Direction = 'ltr' | 'rtl';

/**
 * Draws one line; each word gets its own ink density, as with uneven inking of type. Right to
 * left, the first word sits at the right edge and the indent is on the right.
 */
export function drawLine(ctx: SKRSContext2D, line: Line, x: number, y: number, width: number, align: Align, rng: Rng, direction: Direction = 'ltr'): void {
  const widths = line.words.map((w) => ctx.measureText(w).width);
  const total = widths.reduce((a, b) => a + b, 0);
  const space = ctx.measureText(' ').width;
  const inner = width - line.indent;
  const stretch = align === 'justify' && !line.last && line.words.length > 1;
  const gap = stretch ? (inner - total) / (line.words.length - 1) : space;
  const natural = total + space * (line.words.length - 1);
  let along = line.indent + (align === 'center' ? (inner - natural) / 2 : 0);
  const base = ctx.globalAlpha;
  const textAlign = ctx.textAlign;
  ctx.textAlign = 'left';
  for (const [i, word] of line.words.entries()) {
    const w = widths[i] ?? 0;
    ctx.globalAlpha = base * Math.min(1, Math.max(0.55, 0.9 + rng.normal() * 0.06));
    ctx.fillText(word, direction === 'ltr' ? x + along : x + width - along - w, y);
    along += w + gap;
  }
  ctx.globalAlpha = base;
  ctx.textAlign = textAlign;
}

/** A single line of text centred on `cx`, split into words so it inks like the body. */
export function drawCentered(ctx: SKRSContext2D, text: string, cx: number, y: number, rng: Rng, direction: Direction = 'ltr'): void {
  const width = ctx.measureText(text).width;
  drawLine(ctx, { words: text.split(' '), indent: 0, last: true, broken: false }, cx - width / 2, y, width, 'left', rng, direction);
}

const graphemeSegmenter = new Intl.Segmenter('kk', { granularity: 'grapheme' });

/** The user-perceived characters of `text`, so a letter with a combining mark stays one glyph. */
export const graphemes = (text: string): string[] => Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
