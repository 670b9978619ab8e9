import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { ISSUE } from './catalog';
import { NOTE, headingBox, noteRow, typeset, type Placement } from './newspaper-columns';
import { drawNotice, masthead, runningHead, stackNotices } from './newspaper-heads';
import { BOTTOM, FRONT_TOP, INSIDE_TOP, PAGE, SKEW, columnRules, columnX, onScan } from './newspaper-page';
import { ARABIC_PRINT, CYRILLIC_PRINT } from './newspaper-print';
import { addGrain, bindingShadow, fold, paintPaper, scatterSpeckles, useInk, withSkew, wornLayer, type Box, type Rgb } from './paper';
import { createRng, type Rng } from './random';
import type { Article } from './seed-text';

const INK: Rgb = [30, 24, 18];
/** pdf-lib would stamp the current time; a constant keeps the file byte-identical. */
const PDF_DATE = new Date('2025-01-01T00:00:00Z');

/** A heading on a page of the issue (0-based) and where its ink lies on the scan. */
export interface IssueHeading {
  page: number;
  text: string;
  box: Box;
}

/** Paper, skewed print, dust, fold and grain: one page as a scanner would return it. */
function scanPage(seed: number, skew: number, spine: 'left' | 'right', print: (ctx: SKRSContext2D, rng: Rng) => void): Promise<Buffer> {
  const rng = createRng(seed);
  const canvas = createCanvas(PAGE.width, PAGE.height);
  const ctx = canvas.getContext('2d');
  paintPaper(ctx, PAGE.width, PAGE.height, rng, { tone: [236, 224, 198], blotches: 0.1, vignette: 0.12, yellowing: 0.5 });
  const printed = wornLayer(PAGE.width, PAGE.height, rng, { speckle: 0.9, patches: 0.45, patchSize: 160 }, (layer) =>
    withSkew(layer, PAGE.width, PAGE.height, skew, () => {
      useInk(layer, INK, 2.2);
      print(layer, rng);
    }),
  );
  ctx.drawImage(printed, 0, 0);
  scatterSpeckles(ctx, PAGE.width, PAGE.height, rng, 900, INK);
  fold(ctx, PAGE.width, PAGE.height * 0.5);
  bindingShadow(ctx, PAGE.width, PAGE.height, spine);
  addGrain(ctx, PAGE.width, PAGE.height, rng, 3);
  return canvas.encode('jpeg', 80);
}

function drawPlacements(ctx: SKRSContext2D, placements: Placement[], page: number, rng: Rng): void {
  for (const p of placements) if (p.page === page) p.row.draw(ctx, p.x, p.top, rng);
}

/**
 * Renders the two pages of the issue as JPEG scans. The article opens on page 1 in Cyrillic and
 * runs on to page 2, which is set in *төте жазу* as the paper was: columns read right to left.
 */
export async function renderIssuePages(article: Article): Promise<{ pages: Buffer[]; headings: IssueHeading[] }> {
  const notices = stackNotices();
  const noticesTop = notices[0]?.top ?? BOTTOM;
  const front = [0, 1, 2].map((c) => ({ page: 1, x: columnX(c), top: FRONT_TOP, bottom: c === 2 ? BOTTOM - NOTE.height : BOTTOM }));
  // Right to left: the first column is the rightmost, and the notices close the leftmost.
  const inside = [2, 1, 0].map((c) => ({ page: 2, x: columnX(c), top: INSIDE_TOP, bottom: c === 0 ? noticesTop - 30 : BOTTOM }));
  const placements = typeset(article.blocks, front, inside);
  const headings: IssueHeading[] = [];
  const first = await scanPage(1918, SKEW.front, 'right', (ctx, rng) => {
    const title = masthead(ctx, article.title, rng);
    headings.push({ page: 0, text: title.text, box: onScan(title.box, SKEW.front) });
    columnRules(ctx, FRONT_TOP);
    drawPlacements(ctx, placements, 1, rng);
    noteRow(NOTE.continued, CYRILLIC_PRINT).draw(ctx, columnX(2), BOTTOM - NOTE.height, rng);
  });
  const second = await scanPage(1125, SKEW.inside, 'left', (ctx, rng) => {
    const title = runningHead(ctx, 2, rng);
    headings.push({ page: 1, text: title.text, box: onScan(title.box, SKEW.inside) });
    columnRules(ctx, INSIDE_TOP);
    drawPlacements(ctx, placements, 2, rng);
    for (const notice of notices) drawNotice(ctx, notice, columnX(0), rng);
  });
  const subheading = placements.find((p) => p.page === 2 && p.row.heading !== undefined);
  if (subheading) headings.push({ page: 1, text: subheading.row.heading ?? '', box: onScan(headingBox(subheading, ARABIC_PRINT), SKEW.inside) });
  return { pages: [first, second], headings };
}

/** One full-page JPEG per PDF page, sized so the image is exactly 200 dpi. */
export async function issuePdf(pages: Buffer[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (const jpeg of pages) {
    const image = await pdf.embedJpg(jpeg);
    const size = { width: (image.width * 72) / PAGE.dpi, height: (image.height * 72) / PAGE.dpi };
    pdf.addPage([size.width, size.height]).drawImage(image, { x: 0, y: 0, ...size });
  }
  pdf.setTitle(`${ISSUE.publication}, ${ISSUE.isoDate.slice(0, 4)}, № ${ISSUE.number}`);
  pdf.setLanguage('kk');
  pdf.setCreator('Muragat scripts/make-demo.ts');
  pdf.setProducer('pdf-lib');
  pdf.setCreationDate(PDF_DATE);
  pdf.setModificationDate(PDF_DATE);
  return pdf.save();
}
