import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { SEAL_LEGEND, SEAL_YEAR } from './catalog';
import { font } from './fonts';
import { wornLayer, type Rgb } from './paper';
import type { Rng } from './random';

/** Aniline violet, the usual stamp-pad ink of the period. */
const SEAL_INK: Rgb = [86, 48, 148];
/** The outer ring's radius and width, as fractions of the stamp's size and of that radius. */
const RING = { radius: 0.46, width: 0.05 };

/** How far the impression's ink reaches from its centre: the outer ring's outer edge and its bleed. */
export function sealInkRadius(size: number): number {
  const radius = size * RING.radius;
  return radius * (1 + RING.width / 2) + size / 300;
}

function star(ctx: SKRSContext2D, x: number, y: number, outer: number, rotation: number): void {
  ctx.beginPath();
  for (let k = 0; k < 10; k++) {
    const radius = k % 2 === 0 ? outer : outer * 0.42;
    const angle = rotation - Math.PI / 2 + (k * Math.PI) / 5;
    ctx.lineTo(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
  }
  ctx.closePath();
  ctx.fill();
}

/**
 * The legend set as one shaped right-to-left line as long as the ring, parts spaced to close it.
 * Returns the strip and where the first part's middle falls on it.
 */
function legendStrip(ctx: SKRSContext2D, length: number, size: number): { strip: Canvas; firstMiddle: number } {
  const strip = createCanvas(Math.ceil(length), Math.ceil(size * 2));
  const s = strip.getContext('2d');
  s.font = font('naskh', size, { weight: 700 });
  s.direction = 'rtl';
  s.textAlign = 'left';
  s.textBaseline = 'middle';
  s.fillStyle = ctx.fillStyle;
  const starWidth = size * 0.9;
  const widths = SEAL_LEGEND.map((part) => s.measureText(part).width);
  const spacing = (length - widths.reduce((a, b) => a + b, 0) - starWidth * SEAL_LEGEND.length) / (2 * SEAL_LEGEND.length);
  // Right to left: part, star, part, star…, starting at the strip's right end.
  let right = length;
  let firstMiddle = 0;
  for (const [i, part] of SEAL_LEGEND.entries()) {
    const width = widths[i] ?? 0;
    if (i === 0) firstMiddle = right - spacing / 2 - width / 2;
    s.fillText(part, right - spacing / 2 - width, size);
    right -= width + spacing;
    star(s, right - starWidth / 2, size, size * 0.32, 0);
    right -= starWidth + spacing;
  }
  return { strip, firstMiddle };
}

/**
 * The legend bent round the ring, letters upright with their tops outward. Drawn a pixel column at
 * a time so the joined Arabic letters keep their shapes; it reads right to left, anticlockwise.
 */
function ringText(ctx: SKRSContext2D, c: number, radius: number, size: number): void {
  const { strip, firstMiddle } = legendStrip(ctx, 2 * Math.PI * radius, size);
  const stretch = (radius + size) / radius + 0.25;
  ctx.save();
  ctx.shadowColor = 'transparent';
  for (let x = 0; x < strip.width; x++) {
    const angle = -Math.PI / 2 + (x + 0.5 - firstMiddle) / radius;
    ctx.save();
    ctx.translate(c + radius * Math.cos(angle), c + radius * Math.sin(angle));
    ctx.rotate(angle + Math.PI / 2);
    ctx.drawImage(strip, x, 0, 1, strip.height, -stretch / 2, -strip.height / 2, stretch, strip.height);
    ctx.restore();
  }
  ctx.restore();
}

/** Crescent and star, with the year of the autonomy below. */
function emblem(ctx: SKRSContext2D, c: number, r: number): void {
  ctx.beginPath();
  ctx.arc(c - r * 0.06, c - r * 0.08, r * 0.3, 0, Math.PI * 2);
  ctx.arc(c + r * 0.05, c - r * 0.13, r * 0.25, 0, Math.PI * 2, true);
  ctx.fill('evenodd');
  star(ctx, c + r * 0.14, c - r * 0.12, r * 0.11, 0.3);
  ctx.font = font('naskh', r * 0.17, { weight: 700 });
  ctx.direction = 'rtl';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(SEAL_YEAR, c, c + r * 0.45);
}

/** The stamp's face: rings, inscription, a ring of beads, the emblem. */
function drawSeal(ctx: SKRSContext2D, size: number): void {
  const c = size / 2;
  const r = size * RING.radius;
  const ring = (radius: number, width: number): void => {
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.arc(c, c, radius, 0, Math.PI * 2);
    ctx.stroke();
  };
  ring(r, r * RING.width);
  ring(r * 0.9, r * 0.012);
  ringText(ctx, c, r * 0.765, r * 0.19);
  ring(r * 0.65, r * 0.02);
  for (let k = 0; k < 48; k++) {
    const angle = (k * Math.PI) / 24;
    ctx.beginPath();
    ctx.arc(c + r * 0.6 * Math.cos(angle), c + r * 0.6 * Math.sin(angle), r * 0.012, 0, Math.PI * 2);
    ctx.fill();
  }
  emblem(ctx, c, r);
}

/**
 * One impression of the seal on a transparent square: violet ink that is fainter on the side
 * the stamp was tilted away from, mottled, and bleeding a little into the paper.
 */
export function sealImpression(size: number, rng: Rng, faded: number): Canvas {
  const [red, green, blue] = SEAL_INK;
  return wornLayer(size, size, rng, { speckle: 0.7 + faded * 0.3, patches: 0.3 + faded * 0.5, patchSize: size / 5 }, (ctx) => {
    ctx.fillStyle = `rgb(${red}, ${green}, ${blue})`;
    ctx.strokeStyle = ctx.fillStyle;
    ctx.shadowColor = `rgba(${red}, ${green}, ${blue}, 0.5)`;
    ctx.shadowBlur = size / 300;
    drawSeal(ctx, size);
    const tilt = rng.range(0, Math.PI * 2);
    const light = ctx.createLinearGradient(
      size / 2 + (Math.cos(tilt) * size) / 2,
      size / 2 + (Math.sin(tilt) * size) / 2,
      size / 2 - (Math.cos(tilt) * size) / 2,
      size / 2 - (Math.sin(tilt) * size) / 2,
    );
    light.addColorStop(0, `rgba(0, 0, 0, ${(0.25 + faded * 0.45).toFixed(3)})`);
    light.addColorStop(0.6, 'rgba(0, 0, 0, 0)');
    ctx.globalCompositeOperation = 'destination-out';
    ctx.fillStyle = light;
    ctx.fillRect(0, 0, size, size);
  });
}

/** The reference image of the seal: a clean, lightly worn impression on a transparent ground. */
export function renderSeal(rng: Rng): Promise<Buffer> {
  return sealImpression(600, rng, 0).encode('png');
}
