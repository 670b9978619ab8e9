import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { cyrillicToToteJazu } from '../../src/shared/text/tote-jazu';
import { ISSUE } from './catalog';
import { font } from './fonts';
import { BOTTOM, COLUMN_WIDTH, MARGIN, PAGE, centredTextBox, rule } from './newspaper-page';
import type { Box } from './paper';
import type { Rng } from './random';
import { drawCentered, drawLine, wrapParagraph, type Direction, type Line } from './text-layout';

/** A heading as printed and the box its ink covers, in the page's print coordinates. */
export interface PrintedHeading {
  text: string;
  box: Box;
}

/** Items at the two ends of a line; right to left, the start is on the right. */
function lineEnds(ctx: SKRSContext2D, y: number, [start, end]: [string, string], rng: Rng, direction: Direction): void {
  const [left, right] = direction === 'ltr' ? [start, end] : [end, start];
  ctx.direction = direction;
  drawCentered(ctx, left, MARGIN + ctx.measureText(left).width / 2, y, rng, direction);
  drawCentered(ctx, right, PAGE.width - MARGIN - ctx.measureText(right).width / 2, y, rng, direction);
}

/** Start, centre and end items on one line, as in a dateline. */
function spreadLine(ctx: SKRSContext2D, y: number, [start, centre, end]: [string, string, string], rng: Rng, direction: Direction): void {
  lineEnds(ctx, y, [start, end], rng, direction);
  drawCentered(ctx, centre, PAGE.width / 2, y, rng, direction);
}

/** Front-page head in Cyrillic: title, motto, dateline, then the article's headline across all columns. */
export function masthead(ctx: SKRSContext2D, headline: string, rng: Rng): PrintedHeading {
  ctx.direction = 'ltr';
  ctx.font = font('serif', 24, { italic: true });
  spreadLine(ctx, 128, ['Екінші жыл', 'Редакциясы: Семей қаласы', 'Аптасына екі рет шығады'], rng, 'ltr');
  rule(ctx, 146, 1.5);
  const title = ISSUE.publication.toUpperCase();
  const titleFont = font('serif', 200, { weight: 900 });
  ctx.font = titleFont;
  drawCentered(ctx, title, PAGE.width / 2, 345, rng);
  ctx.font = font('serif', 36, { italic: true });
  drawCentered(ctx, 'Алаш партиясының газеті', PAGE.width / 2, 402, rng);
  rule(ctx, 426, 6);
  rule(ctx, 437, 1.5);
  ctx.font = font('serif', 27);
  const dateline = `${ISSUE.place}, ${ISSUE.dateAsPrinted}, № ${ISSUE.number}`;
  spreadLine(ctx, 478, ['Бағасы 50 тиын', dateline, ISSUE.weekday], rng, 'ltr');
  rule(ctx, 496, 1.5);
  rule(ctx, 503, 4);
  ctx.font = font('serif', 64, { weight: 700 });
  drawCentered(ctx, headline.toUpperCase(), PAGE.width / 2, 590, rng);
  rule(ctx, 620, 1.5);
  return { text: title, box: centredTextBox(titleFont, 'ltr', title, PAGE.width / 2, 345) };
}

/** Inside-page head in *төте жазу*: page number at the outer (right) corner, title, issue. */
export function runningHead(ctx: SKRSContext2D, page: number, rng: Rng): PrintedHeading {
  ctx.font = font('naskh', 28, { weight: 700 });
  lineEnds(ctx, 118, [cyrillicToToteJazu(String(page)), cyrillicToToteJazu(`№ ${ISSUE.number}`)], rng, 'rtl');
  const title = cyrillicToToteJazu(ISSUE.publication);
  const titleFont = font('naskh', 50, { weight: 700 });
  ctx.font = titleFont;
  drawCentered(ctx, title, PAGE.width / 2, 122, rng, 'rtl');
  rule(ctx, 150, 3);
  rule(ctx, 157, 1);
  return { text: title, box: centredTextBox(titleFont, 'rtl', title, PAGE.width / 2, 122) };
}

interface Notice {
  title: string;
  titleFont: string;
  paragraphs: string[];
}

/** Boxed notices of the kind that filled the foot of the last column, set in *төте жазу*. */
const NOTICES: Notice[] = [
  {
    title: 'Редакциядан',
    titleFont: font('naskh', 32, { weight: 700 }),
    paragraphs: ['Редакцияға жіберілген хаттар мен мақалалар қысқа әрі анық жазылсын. Басылмаған қолжазбалар қайтарылмайды.'],
  },
  {
    title: 'Кітап дүкені',
    titleFont: font('naskh', 32, { weight: 700 }),
    paragraphs: [
      'Семей қаласында, базар маңында қазақша кітаптар мен оқу құралдары сатылады.',
      'Сырттан сұраушыларға почтамен жіберіледі.',
    ],
  },
  {
    title: 'Хабарландыру',
    titleFont: font('naskh', 40, { weight: 700 }),
    paragraphs: [
      '«Сарыарқа» газетіне 1919 жылға жазылу қабылданады.',
      'Жылдық бағасы — 24 сом, жарты жылдық — 13 сом, үш айлық — 7 сом.',
      'Мекенжайы: Семей қаласы, «Сарыарқа» газетінің редакциясы.',
    ],
  },
].map((notice) => ({ ...notice, title: cyrillicToToteJazu(notice.title), paragraphs: notice.paragraphs.map((p) => cyrillicToToteJazu(p)) }));
const NOTICE = { padding: 28, title: 104, leading: 42, paragraphGap: 10, foot: 24, gap: 24, font: font('naskh', 26) };

export interface NoticeLayout {
  notice: Notice;
  paragraphs: Line[][];
  top: number;
  bottom: number;
}

/** Stacks the notices up from the foot of the last column; the article ends above them. */
export function stackNotices(): NoticeLayout[] {
  const ctx = createCanvas(1, 1).getContext('2d');
  ctx.font = NOTICE.font;
  ctx.direction = 'rtl';
  let bottom = BOTTOM;
  return NOTICES.toReversed()
    .map((notice) => {
      const paragraphs = notice.paragraphs.map((text) => wrapParagraph(ctx, text, COLUMN_WIDTH - 2 * NOTICE.padding, 0, false));
      const lines = paragraphs.reduce((n, p) => n + p.length, 0);
      const height = NOTICE.title + lines * NOTICE.leading + (paragraphs.length - 1) * NOTICE.paragraphGap + NOTICE.foot;
      const layout = { notice, paragraphs, top: bottom - height, bottom };
      bottom -= height + NOTICE.gap;
      return layout;
    })
    .toReversed();
}

export function drawNotice(ctx: SKRSContext2D, { notice, paragraphs, top, bottom }: NoticeLayout, x: number, rng: Rng): void {
  ctx.direction = 'rtl';
  ctx.lineWidth = 4;
  ctx.strokeRect(x, top, COLUMN_WIDTH, bottom - top);
  ctx.lineWidth = 1.5;
  ctx.strokeRect(x + 9, top + 9, COLUMN_WIDTH - 18, bottom - top - 18);
  ctx.font = notice.titleFont;
  drawCentered(ctx, notice.title, x + COLUMN_WIDTH / 2, top + 66, rng, 'rtl');
  ctx.font = NOTICE.font;
  let y = top + NOTICE.title;
  for (const lines of paragraphs) {
    for (const line of lines) {
      drawLine(ctx, { ...line, last: true }, x + NOTICE.padding, y, COLUMN_WIDTH - 2 * NOTICE.padding, 'center', rng, 'rtl');
      y += NOTICE.leading;
    }
    y += NOTICE.paragraphGap;
  }
}
