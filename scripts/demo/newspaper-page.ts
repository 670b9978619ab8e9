import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { skewedBounds, type Box } from './paper';
import type { Direction } from './text-layout';

/** A4 at 200 dpi: the resolution the PDF pages declare, so the viewer's pixel grid is the scan's. */
export const PAGE = { width: 1650, height: 2340, dpi: 200 };
export const MARGIN = 105;
export const GUTTER = 44;
export const COLUMNS = 3;
export const COLUMN_WIDTH = (PAGE.width - 2 * MARGIN - (COLUMNS - 1) * GUTTER) / COLUMNS;
export const BOTTOM = PAGE.height - 115;
/** Where the columns start under the front-page head and its banner headline, and under the running head. */
export const FRONT_TOP = 650;
export const INSIDE_TOP = 196;
/** How far each page lay askew on the scanner, in degrees. */
export const SKEW = { front: 0.45, inside: -0.35 } as const;

/** The left edge of column `c`, counted from the left. */
export function columnX(c: number): number {
  return MARGIN + c * (COLUMN_WIDTH + GUTTER);
}

export function columnRules(ctx: SKRSContext2D, top: number): void {
  for (let c = 1; c < COLUMNS; c++) ctx.fillRect(columnX(c) - GUTTER / 2 - 0.75, top, 1.5, BOTTOM - top);
}

export function rule(ctx: SKRSContext2D, y: number, thickness: number): void {
  ctx.fillRect(MARGIN, y, PAGE.width - 2 * MARGIN, thickness);
}

const PROBE_MARGIN = 400;

/**
 * The box the ink of `text` covers, drawn centred on `cx` at baseline `y` in `font`. Measured from
 * pixels: font metrics miss glyphs from fallback faces (the tail of Қ) and Arabic dots and marks.
 */
export function centredTextBox(font: string, direction: Direction, text: string, cx: number, y: number): Box {
  const probe = createCanvas(1, 1).getContext('2d');
  probe.font = font;
  const width = probe.measureText(text).width;
  const canvas = createCanvas(Math.ceil(width) + 2 * PROBE_MARGIN, 2 * PROBE_MARGIN);
  const ctx = canvas.getContext('2d');
  ctx.font = font;
  ctx.direction = direction;
  ctx.textAlign = 'left';
  ctx.fillText(text, PROBE_MARGIN, PROBE_MARGIN);
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  let [left, top, right, bottom] = [canvas.width, canvas.height, 0, 0];
  for (let i = 3; i < data.length; i += 4) {
    if ((data[i] ?? 0) < 32) continue;
    const px = ((i - 3) / 4) % canvas.width;
    const py = Math.floor((i - 3) / 4 / canvas.width);
    [left, top, right, bottom] = [Math.min(left, px), Math.min(top, py), Math.max(right, px + 1), Math.max(bottom, py + 1)];
  }
  const origin = { x: cx - width / 2 - PROBE_MARGIN, y: y - PROBE_MARGIN };
  return { x: origin.x + left, y: origin.y + top, width: right - left, height: bottom - top };
}

/** A box of the printed page as it lies on the scan: turned with the page, widened a little for ink bleed. */
export function onScan(box: Box, skew: number): Box {
  const bleed = 3;
  return skewedBounds(PAGE.width, PAGE.height, skew, { x: box.x - bleed, y: box.y - bleed, width: box.width + 2 * bleed, height: box.height + 2 * bleed });
}
