import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { COLUMN_WIDTH, centredTextBox } from './newspaper-page';
import { ARABIC_PRINT, CYRILLIC_PRINT, type Print } from './newspaper-print';
import type { Box } from './paper';
import type { Rng } from './random';
import type { Block } from './seed-text';
import { drawCentered, drawLine, wrapParagraph } from './text-layout';

/** Body sizes tried, largest first: the article should fill both pages, as a compositor would make it. */
const BODY_SIZES = Array.from({ length: 51 }, (_, i) => (290 - i) / 10);
const NOTE_HEIGHT = 46;

export interface Row {
  height: number;
  /** Headings must not be left alone at the foot of a column, nor a word broken across columns. */
  keepWithNext: boolean;
  /** Where the copy from this row on starts: its block, and the words of that block set above it. */
  from: { block: number; word: number };
  /** A sub-heading's text as printed. */
  heading?: string;
  draw(ctx: SKRSContext2D, x: number, top: number, rng: Rng): void;
}

export interface Column {
  page: number;
  x: number;
  top: number;
  bottom: number;
}

export interface Placement {
  page: number;
  row: Row;
  x: number;
  top: number;
}

function headingRow(text: string, print: Print, block: number): Row {
  const printed = print.write(text);
  return {
    height: print.heading.height,
    keepWithNext: true,
    from: { block, word: 0 },
    heading: printed,
    draw(ctx, x, top, rng) {
      const mid = x + COLUMN_WIDTH / 2;
      ctx.fillRect(mid - 40, top + print.heading.rule, 80, 2);
      ctx.font = print.headingFont;
      ctx.direction = print.direction;
      drawCentered(ctx, printed, mid, top + print.heading.baseline, rng, print.direction);
    },
  };
}

/** The ink box of a placed sub-heading, in the page's print coordinates. */
export function headingBox(placement: Placement, print: Print): Box {
  const text = placement.row.heading ?? '';
  return centredTextBox(print.headingFont, print.direction, text, placement.x + COLUMN_WIDTH / 2, placement.top + print.heading.baseline);
}

function paragraphRows(ctx: SKRSContext2D, text: string, size: number, print: Print, block: number, indented: boolean): Row[] {
  const px = size * print.scale;
  const bodyFont = print.bodyFont(px);
  ctx.font = bodyFont;
  ctx.direction = print.direction;
  const lines = wrapParagraph(ctx, print.write(text), COLUMN_WIDTH, indented ? px * 1.4 : 0, print.hyphenation);
  let word = 0;
  return lines.map((line) => {
    const row: Row = {
      height: px * print.leading,
      keepWithNext: line.broken,
      from: { block, word },
      draw(target, x, top, rng) {
        target.font = bodyFont;
        target.direction = print.direction;
        drawLine(target, line, x, top + px * print.baseline, COLUMN_WIDTH, 'justify', rng, print.direction);
      },
    };
    word += line.words.length - (line.broken ? 1 : 0);
    return row;
  });
}

/** A small centred line where the article jumps pages: «(Жалғасы 2-бетте)». */
export function noteRow(text: string, print: Print): Row {
  const printed = print.write(text);
  return {
    height: NOTE_HEIGHT,
    keepWithNext: true,
    from: { block: 0, word: 0 },
    draw(ctx, x, top, rng) {
      ctx.font = print.noteFont;
      ctx.direction = print.direction;
      drawCentered(ctx, printed, x + COLUMN_WIDTH / 2, top + NOTE_HEIGHT * 0.6, rng, print.direction);
    },
  };
}

export const NOTE = { height: NOTE_HEIGHT, continued: '(Жалғасы 2-бетте)', begun: '(Басы 1-бетте)' };

function articleRows(ctx: SKRSContext2D, blocks: Block[], size: number, print: Print, continues: boolean): Row[] {
  return blocks.flatMap((block, i) =>
    block.kind === 'heading' ? [headingRow(block.text, print, i)] : paragraphRows(ctx, block.text, size, print, i, !(continues && i === 0)),
  );
}

/** Pours rows into columns in order, without drawing; `placed` counts the rows that fitted. */
function pour(rows: Row[], columns: Column[]): { placements: Placement[]; placed: number } {
  const placements: Placement[] = [];
  let i = 0;
  for (const column of columns) {
    let y = column.top;
    for (let row = rows[i]; row; row = rows[i]) {
      const next = row.keepWithNext ? (rows[i + 1]?.height ?? 0) : 0;
      if (y + row.height + next > column.bottom) break;
      placements.push({ page: column.page, row, x: column.x, top: y });
      y += row.height;
      i++;
    }
  }
  return { placements, placed: i };
}

/** The copy not yet set when `row` did not fit: from its block, or from its line on (no indent then). */
function rest(blocks: Block[], row: Row | undefined): { blocks: Block[]; continues: boolean } {
  if (!row) return { blocks: [], continues: false };
  const { block, word } = row.from;
  const current = blocks[block];
  if (!current || word === 0) return { blocks: blocks.slice(block), continues: false };
  const words = current.text.split(' ').filter((w) => w.length > 0);
  return { blocks: [{ kind: 'paragraph', text: words.slice(word).join(' ') }, ...blocks.slice(block + 1)], continues: true };
}

/**
 * The largest body size at which the article fills the Cyrillic front page and its continuation,
 * in *төте жазу*, fits the inside page (whose first row says where it began).
 */
export function typeset(blocks: Block[], front: Column[], inside: Column[]): Placement[] {
  const measure = createCanvas(1, 1).getContext('2d');
  for (const size of BODY_SIZES) {
    const rows = articleRows(measure, blocks, size, CYRILLIC_PRINT, false);
    const first = pour(rows, front);
    const next = rest(blocks, rows[first.placed]);
    const continuation = [noteRow(NOTE.begun, ARABIC_PRINT), ...articleRows(measure, next.blocks, size, ARABIC_PRINT, next.continues)];
    const second = pour(continuation, inside);
    if (second.placed === continuation.length) return [...first.placements, ...second.placements];
  }
  throw new Error('newspaper: the article does not fit two pages even at the smallest body size');
}
