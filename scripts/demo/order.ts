import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { ORDER } from './catalog';
import { font } from './fonts';
import { addGrain, foxing, paintPaper, scatterSpeckles, withSkew, wornLayer, type Box, type Rgb } from './paper';
import type { Rng } from './random';
import { sealImpression, sealInkRadius } from './seal';
import { graphemes } from './text-layout';

const SHEET = { width: 1400, height: 2000 };
const LEFT = 190;
const TYPE = { size: 30, cell: 18.6, leading: 50 };
const LINE_CHARS = 56;
const RIBBON: Rgb = [34, 30, 44];
const PEN: Rgb = [38, 52, 110];
const BACKGROUND: Rgb = [46, 44, 41];

/** Sentences of the order, taken from the 2nd all-Kazakh congress's resolution on the militia. */
const PREAMBLE =
  'Осы күнде мемлекет ішінде бассыздық, талан-тараж, қырылыс-талас болып жатқанын ескеріп, ' +
  'қырғыз-қазақты мұндай бүліншіліктен қорғау үшін Алашорда бұйырады:';
const POINTS = [
  'Алаш облыстарын қазіргі бүліншіліктен қорғау мақсатымен әрбір облыс пен уезде милиция жасақтары құрылсын.',
  'Милицияға қажетті қару-жарақ пен оқ-дәрі Алашорданың ұлттық қорының есебінен алынсын.',
  'Милицияны соғыс өнеріне үйрету мен қажетті қару және киім-кешекпен қамтамасыз ету облыстық және уездік Алашордаларға жүктелсін.',
  'Бұл бұйрық ешбір тоқтаусыз барлық облыстар мен уездерге жеткізілсін.',
];

/** Lines of at most `width` characters: a typist's fixed pitch, no justification. */
function typedLines(text: string, width: number, indent: number): string[] {
  const lines: string[] = [];
  let line = ' '.repeat(indent);
  for (const word of text.split(' ')) {
    if (line.trim().length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.trim().length > 0 ? `${line} ${word}` : `${line}${word}`;
  }
  lines.push(line);
  return lines;
}

/**
 * Types one line: every character in a cell of the same width, squeezed if the face is wider;
 * each key strikes a little off its line and with its own force.
 */
function typeLine(ctx: SKRSContext2D, text: string, x: number, y: number, rng: Rng): void {
  ctx.font = font('serif', TYPE.size);
  for (const [i, ch] of graphemes(text).entries()) {
    if (ch === ' ') continue;
    const width = ctx.measureText(ch).width;
    const squeeze = Math.min(1, (TYPE.cell * 0.95) / width);
    ctx.save();
    ctx.globalAlpha = Math.min(1, Math.max(0.45, 0.85 + rng.normal() * 0.1));
    ctx.translate(x + (i + 0.5) * TYPE.cell, y + rng.normal() * 0.9);
    ctx.scale(squeeze, 1);
    ctx.fillText(ch, -width / 2, 0);
    ctx.restore();
  }
}

/**
 * A hurried signature: an open capital, then a run of looped letters (a prolate cycloid whose loop
 * height changes letter by letter), then a long stroke back underneath.
 */
function signature(ctx: SKRSContext2D, x: number, y: number, rng: Rng): void {
  ctx.lineWidth = 2.8;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.bezierCurveTo(x - 30, y - 90, x + 40, y - 110, x + 30, y - 20);
  const letters = rng.int(5, 8);
  const shapes = Array.from({ length: letters }, () => ({ height: rng.range(12, 60), loop: rng.range(6, 20) }));
  const start = x + 20;
  let end = start;
  for (let phi = 0; phi <= letters * 2 * Math.PI; phi += 0.12) {
    const { height = 12, loop = 12 } = shapes[Math.floor(phi / (2 * Math.PI))] ?? {};
    const lift = (height * (1 + Math.cos(phi))) / 2;
    end = start + 9 * phi - loop * Math.sin(phi) + 0.35 * lift;
    ctx.lineTo(end, y - lift);
  }
  ctx.bezierCurveTo(end + 50, y + 10, end - 60, y + 26, x - 40, y + 22);
  ctx.stroke();
}

/** Handwriting in the margin: an italic face, tilted, in the pen's ink. */
function handwrite(ctx: SKRSContext2D, text: string, x: number, y: number, size: number, angle: number): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate(angle);
  ctx.font = font('serif', size, { italic: true });
  ctx.fillText(text, 0, 0);
  ctx.restore();
}

interface TypedBlock {
  lines: string[];
  /** Baseline of the first line. */
  y: number;
}

function letterhead(): string[] {
  const head = ['АЛАШ АВТОНОМИЯСЫНЫҢ', 'УАҚЫТША ҰЛТТЫҚ КЕҢЕСІ', 'А Л А Ш О Р Д А', '', 'Семей қаласы', ORDER.dateAsPrinted, `№ ${ORDER.number}`];
  const widest = Math.max(...head.map((l) => l.length));
  return head.map((l) => ' '.repeat(Math.floor((widest - l.length) / 2)) + l);
}

/** Where the typist put each block, and the line the signatures stand on: layout alone, so the seal's region needs no drawing. */
function orderLayout(): { blocks: TypedBlock[]; signatureLine: number } {
  const centred = (text: string): string => ' '.repeat(Math.floor((LINE_CHARS - text.length) / 2)) + text;
  const blocks: TypedBlock[] = [];
  let y = 190;
  const put = (lines: string[], after: number): void => {
    blocks.push({ lines, y });
    y += lines.length * TYPE.leading + after;
  };
  put(letterhead(), 50);
  put([centred('Б Ұ Й Р Ы Қ'), centred('милиция жасақтарын құру туралы')], 30);
  put(typedLines(PREAMBLE, LINE_CHARS, 5), 16);
  for (const [i, point] of POINTS.entries()) put(typedLines(`${i + 1}. ${point}`, LINE_CHARS, 5), 16);
  const signatureLine = y + 110;
  blocks.push({ lines: ['Алашорданың төрағасы', '', '', 'Іс басқарушы'], y: signatureLine });
  return { blocks, signatureLine };
}

/** Everything the typist put on the sheet. */
function typeOrder(ctx: SKRSContext2D, blocks: TypedBlock[], rng: Rng): void {
  for (const block of blocks) {
    for (const [i, line] of block.lines.entries()) typeLine(ctx, line, LEFT, block.y + i * TYPE.leading, rng);
  }
}

/** The seal as stamped under the signatures: its centre, size and turn. */
function sealPlacement(signatureLine: number): { x: number; y: number; size: number; rotation: number } {
  return { x: LEFT + 400, y: signatureLine + 40, size: 440, rotation: -0.35 };
}

/** The box on the sheet that the seal impression's ink fills: a seal region's rectangle. */
export function orderSealBox(): Box {
  const seal = sealPlacement(orderLayout().signatureLine);
  const reach = sealInkRadius(seal.size);
  const [left, top] = [Math.floor(seal.x - reach), Math.floor(seal.y - reach)];
  return { x: left, y: top, width: Math.ceil(seal.x + reach) - left, height: Math.ceil(seal.y + reach) - top };
}

/** The ragged outline of the sheet, inset from the scanner's dark lid. */
function sheetOutline(ctx: SKRSContext2D, rng: Rng): void {
  const inset = 30;
  const corners: [number, number][] = [
    [inset, inset],
    [SHEET.width - inset, inset],
    [SHEET.width - inset, SHEET.height - inset],
    [inset, SHEET.height - inset],
  ];
  ctx.beginPath();
  for (const [k, [x0, y0]] of corners.entries()) {
    const [x1, y1] = corners[(k + 1) % 4] ?? corners[0] ?? [x0, y0];
    for (let t = 0; t < 1; t += 0.02) ctx.lineTo(x0 + (x1 - x0) * t + rng.normal() * 1.5, y0 + (y1 - y0) * t + rng.normal() * 1.5);
  }
  ctx.closePath();
}

/** Fills everything outside the sheet with the lid's colour. */
function scannerLid(ctx: SKRSContext2D, rng: Rng): void {
  withSkew(ctx, SHEET.width, SHEET.height, -0.5, () => {
    sheetOutline(ctx, rng);
    // Oversized so the rotation leaves no uncovered corner.
    ctx.rect(-100, -100, SHEET.width + 200, SHEET.height + 200);
    ctx.fillStyle = `rgb(${BACKGROUND.join(', ')})`;
    ctx.fill('evenodd');
  });
}

/** The order as an archive photographs it: aged sheet, typescript, signatures, seal, resolution. */
export function renderOrder(rng: Rng): Promise<Buffer> {
  const canvas = createCanvas(SHEET.width, SHEET.height);
  const ctx = canvas.getContext('2d');
  paintPaper(ctx, SHEET.width, SHEET.height, rng, { tone: [228, 212, 176], blotches: 0.12, vignette: 0.25, yellowing: 0.6 });
  foxing(ctx, SHEET.width, SHEET.height, rng, 45);
  const { blocks, signatureLine } = orderLayout();
  const typed = wornLayer(SHEET.width, SHEET.height, rng, { speckle: 0.7, patches: 0.3, patchSize: 220 }, (layer) =>
    withSkew(layer, SHEET.width, SHEET.height, -0.5, () => {
      layer.fillStyle = `rgb(${RIBBON.join(', ')})`;
      typeOrder(layer, blocks, rng);
    }),
  );
  ctx.drawImage(typed, 0, 0);
  withSkew(ctx, SHEET.width, SHEET.height, -0.5, () => {
    ctx.fillStyle = ctx.strokeStyle = `rgba(${PEN.join(', ')}, 0.85)`;
    signature(ctx, 760, signatureLine - 4, rng);
    signature(ctx, 700, signatureLine + 3 * TYPE.leading - 4, rng);
    handwrite(ctx, 'Орындалсын.', 850, 230, 44, -0.12);
    handwrite(ctx, '4.XII.18 ж.', 920, 290, 34, -0.12);
    ctx.fillStyle = 'rgba(90, 90, 90, 0.6)';
    handwrite(ctx, '12', SHEET.width - 150, 110, 40, 0);
  });
  // Stamped after the sheet was laid on the scanner straight: the seal is not skewed with the typing.
  const placement = sealPlacement(signatureLine);
  const seal = sealImpression(placement.size, rng, 0.85);
  ctx.save();
  ctx.translate(placement.x, placement.y);
  ctx.rotate(placement.rotation);
  ctx.globalCompositeOperation = 'multiply';
  ctx.drawImage(seal, -placement.size / 2, -placement.size / 2);
  ctx.restore();
  scatterSpeckles(ctx, SHEET.width, SHEET.height, rng, 500, [60, 45, 30]);
  scannerLid(ctx, rng);
  addGrain(ctx, SHEET.width, SHEET.height, rng, 3);
  return canvas.encode('jpeg', 82);
}
