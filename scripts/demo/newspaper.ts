import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { ISSUE } from './catalog';
import { font } from './fonts';
import { addGrain, bindingShadow, fold, paintPaper, scatterSpeckles, useInk, withSkew, wornLayer, type Rgb } from './paper';
import { createRng, type Rng } from './random';
import type { Article, Block } from './seed-text';
import { drawCentered, drawLine, wrapParagraph, type Line } from './text-layout';

/** A4 at 200 dpi: the resolution the PDF pages declare, so the viewer's pixel grid is the scan's. */
const PAGE = { width: 1650, height: 2340, dpi: 200 };
const MARGIN = 105;
const GUTTER = 44;
const COLUMNS = 3;
const COLUMN_WIDTH = (PAGE.width - 2 * MARGIN - (COLUMNS - 1) * GUTTER) / COLUMNS;
const BOTTOM = PAGE.height - 115;
/** Where the columns start under the front-page head and its banner headline, and under the running head. */
const FRONT_TOP = 650;
const INSIDE_TOP = 182;
/** Body sizes tried, largest first: the article should fill both pages, as a compositor would make it. */
const BODY_SIZES = Array.from({ length: 51 }, (_, i) => (290 - i) / 10);
const INK: Rgb = [30, 24, 18];
/** pdf-lib would stamp the current time; a constant keeps the file byte-identical. */
const PDF_DATE = new Date('2025-01-01T00:00:00Z');

interface Row {
  height: number;
  /** Headings must not be left alone at the foot of a column. */
  keepWithNext: boolean;
  draw(ctx: SKRSContext2D, x: number, top: number, rng: Rng): void;
}

interface Column {
  page: number;
  x: number;
  top: number;
  bottom: number;
}

interface Placement {
  page: number;
  row: Row;
  x: number;
  top: number;
}

function headingRow(text: string): Row {
  return {
    height: 76,
    keepWithNext: true,
    draw(ctx, x, top, rng) {
      const mid = x + COLUMN_WIDTH / 2;
      ctx.fillRect(mid - 40, top + 10, 80, 2);
      ctx.font = font('serif', 30, { weight: 700 });
      drawCentered(ctx, text, mid, top + 57, rng);
    },
  };
}

function paragraphRows(ctx: SKRSContext2D, text: string, size: number): Row[] {
  ctx.font = font('serif', size);
  return wrapParagraph(ctx, text, COLUMN_WIDTH, size * 1.4).map((line) => ({
    height: size * 1.26,
    keepWithNext: false,
    draw(target, x, top, rng) {
      target.font = font('serif', size);
      drawLine(target, line, x, top + size, COLUMN_WIDTH, 'justify', rng);
    },
  }));
}

function articleRows(ctx: SKRSContext2D, blocks: Block[], size: number): Row[] {
  return blocks.flatMap((block) => (block.kind === 'heading' ? [headingRow(block.text)] : paragraphRows(ctx, block.text, size)));
}

/** Pours rows into columns in order, without drawing; `complete` says whether all of them fitted. */
function pour(rows: Row[], columns: Column[]): { placements: Placement[]; complete: boolean } {
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
  return { placements, complete: i === rows.length };
}

/** The largest body size at which the whole article fits the columns. */
function typeset(blocks: Block[], columns: Column[]): Placement[] {
  const measure = createCanvas(1, 1).getContext('2d');
  for (const size of BODY_SIZES) {
    const { placements, complete } = pour(articleRows(measure, blocks, size), columns);
    if (complete) return placements;
  }
  throw new Error('newspaper: the article does not fit two pages even at the smallest body size');
}

function columnX(c: number): number {
  return MARGIN + c * (COLUMN_WIDTH + GUTTER);
}

function columnRules(ctx: SKRSContext2D, top: number): void {
  for (let c = 1; c < COLUMNS; c++) ctx.fillRect(columnX(c) - GUTTER / 2 - 0.75, top, 1.5, BOTTOM - top);
}

function rule(ctx: SKRSContext2D, y: number, thickness: number): void {
  ctx.fillRect(MARGIN, y, PAGE.width - 2 * MARGIN, thickness);
}

/** Left, centre and right items on one line, as in a dateline. */
function spreadLine(ctx: SKRSContext2D, y: number, [left, centre, right]: [string, string, string], rng: Rng): void {
  drawCentered(ctx, left, MARGIN + ctx.measureText(left).width / 2, y, rng);
  drawCentered(ctx, centre, PAGE.width / 2, y, rng);
  drawCentered(ctx, right, PAGE.width - MARGIN - ctx.measureText(right).width / 2, y, rng);
}

/** Front-page head: title, motto, dateline, then the article's headline across all columns. */
function masthead(ctx: SKRSContext2D, headline: string, rng: Rng): void {
  ctx.font = font('serif', 24, { italic: true });
  spreadLine(ctx, 128, ['Екінші жыл', 'Редакциясы: Семей қаласы', 'Аптасына екі рет шығады'], rng);
  rule(ctx, 146, 1.5);
  ctx.font = font('serif', 200, { weight: 900 });
  drawCentered(ctx, ISSUE.publication.toUpperCase(), PAGE.width / 2, 345, rng);
  ctx.font = font('serif', 36, { italic: true });
  drawCentered(ctx, 'Алаш партиясының газеті', PAGE.width / 2, 402, rng);
  rule(ctx, 426, 6);
  rule(ctx, 437, 1.5);
  ctx.font = font('serif', 27);
  const dateline = `${ISSUE.place}, ${ISSUE.dateAsPrinted}, № ${ISSUE.number}`;
  spreadLine(ctx, 478, ['Бағасы 50 тиын', dateline, ISSUE.weekday], rng);
  rule(ctx, 496, 1.5);
  rule(ctx, 503, 4);
  ctx.font = font('serif', 64, { weight: 700 });
  drawCentered(ctx, headline.toUpperCase(), PAGE.width / 2, 590, rng);
  rule(ctx, 620, 1.5);
}

/** Inside-page head: page number, title, issue. */
function runningHead(ctx: SKRSContext2D, page: number, rng: Rng): void {
  ctx.font = font('serif', 27, { weight: 700 });
  spreadLine(ctx, 120, [String(page), `«${ISSUE.publication.toUpperCase()}»`, `№ ${ISSUE.number}`], rng);
  rule(ctx, 138, 3);
  rule(ctx, 145, 1);
}

interface Notice {
  title: string;
  titleFont: string;
  paragraphs: string[];
}

/** Boxed notices of the kind that filled the foot of the last column. */
const NOTICES: Notice[] = [
  {
    title: 'Редакциядан',
    titleFont: font('serif', 30, { weight: 700 }),
    paragraphs: ['Редакцияға жіберілген хаттар мен мақалалар қысқа әрі анық жазылсын. Басылмаған қолжазбалар қайтарылмайды.'],
  },
  {
    title: 'Кітап дүкені',
    titleFont: font('serif', 30, { weight: 700, italic: true }),
    paragraphs: [
      'Семей қаласында, базар маңында қазақша кітаптар мен оқу құралдары сатылады.',
      'Сырттан сұраушыларға почтамен жіберіледі.',
    ],
  },
  {
    title: 'ХАБАРЛАНДЫРУ',
    titleFont: font('sans', 34, { weight: 900 }),
    paragraphs: [
      '«Сарыарқа» газетіне 1919 жылға жазылу қабылданады.',
      'Жылдық бағасы — 24 сом, жарты жылдық — 13 сом, үш айлық — 7 сом.',
      'Мекенжайы: Семей қаласы, «Сарыарқа» газетінің редакциясы.',
    ],
  },
];
const NOTICE = { padding: 30, title: 108, leading: 32, paragraphGap: 10, foot: 26, gap: 24 };

interface NoticeLayout {
  notice: Notice;
  paragraphs: Line[][];
  top: number;
  bottom: number;
}

/** Stacks the notices up from the foot of the last column; the article ends above them. */
function stackNotices(): NoticeLayout[] {
  const ctx = createCanvas(1, 1).getContext('2d');
  ctx.font = font('serif', 25);
  let bottom = BOTTOM;
  return NOTICES.toReversed()
    .map((notice) => {
      const paragraphs = notice.paragraphs.map((text) => wrapParagraph(ctx, text, COLUMN_WIDTH - 2 * NOTICE.padding));
      const lines = paragraphs.reduce((n, p) => n + p.length, 0);
      const height = NOTICE.title + lines * NOTICE.leading + (paragraphs.length - 1) * NOTICE.paragraphGap + NOTICE.foot;
      const layout = { notice, paragraphs, top: bottom - height, bottom };
      bottom -= height + NOTICE.gap;
      return layout;
    })
    .toReversed();
}

function drawNotice(ctx: SKRSContext2D, { notice, paragraphs, top, bottom }: NoticeLayout, x: number, rng: Rng): void {
  ctx.lineWidth = 4;
  ctx.strokeRect(x, top, COLUMN_WIDTH, bottom - top);
  ctx.lineWidth = 1.5;
  ctx.strokeRect(x + 9, top + 9, COLUMN_WIDTH - 18, bottom - top - 18);
  ctx.font = notice.titleFont;
  drawCentered(ctx, notice.title, x + COLUMN_WIDTH / 2, top + 62, rng);
  ctx.font = font('serif', 25);
  let y = top + NOTICE.title;
  for (const lines of paragraphs) {
    for (const line of lines) {
      drawLine(ctx, { ...line, last: true }, x + NOTICE.padding, y, COLUMN_WIDTH - 2 * NOTICE.padding, 'center', rng);
      y += NOTICE.leading;
    }
    y += NOTICE.paragraphGap;
  }
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

/** Renders the two pages of the issue as JPEG scans: the article runs from page 1 onto page 2. */
export async function renderIssuePages(article: Article): Promise<Buffer[]> {
  const notices = stackNotices();
  const noticesTop = notices[0]?.top ?? BOTTOM;
  const front = [0, 1, 2].map((c) => ({ page: 1, x: columnX(c), top: FRONT_TOP, bottom: BOTTOM }));
  const inside = [0, 1, 2].map((c) => ({ page: 2, x: columnX(c), top: INSIDE_TOP, bottom: c === 2 ? noticesTop - 30 : BOTTOM }));
  const placements = typeset(article.blocks, [...front, ...inside]);
  const first = await scanPage(1918, 0.45, 'right', (ctx, rng) => {
    masthead(ctx, article.title, rng);
    columnRules(ctx, FRONT_TOP);
    drawPlacements(ctx, placements, 1, rng);
  });
  const second = await scanPage(1125, -0.35, 'left', (ctx, rng) => {
    runningHead(ctx, 2, rng);
    columnRules(ctx, INSIDE_TOP);
    drawPlacements(ctx, placements, 2, rng);
    for (const notice of notices) drawNotice(ctx, notice, columnX(2), rng);
  });
  return [first, second];
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
