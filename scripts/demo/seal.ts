import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { SEAL } from './catalog';
import { font } from './fonts';
import { wornLayer, type Rgb } from './paper';
import type { Rng } from './random';
import { graphemes } from './text-layout';

/** Aniline violet, the usual stamp-pad ink of the period. */
const SEAL_INK: Rgb = [86, 48, 148];

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

/** The inscription set upright around a circle, spaced to close the ring exactly. */
function ringText(ctx: SKRSContext2D, c: number, radius: number, size: number): void {
  ctx.font = font('sans', size, { weight: 700 });
  type Item = { glyph: string; width: number } | { star: true; width: number };
  const items: Item[] = SEAL.inscription.flatMap((part) => [
    ...graphemes(part).map((glyph) => ({ glyph, width: glyph === ' ' ? size * 0.35 : ctx.measureText(glyph).width })),
    { star: true as const, width: size * 0.9 },
  ]);
  const natural = items.reduce((sum, item) => sum + item.width, 0);
  const spacing = (2 * Math.PI * radius - natural) / items.length;
  const firstPart = items.slice(0, SEAL.inscription[0].length).reduce((sum, item) => sum + item.width + spacing, 0);
  let along = -firstPart / 2;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const item of items) {
    const angle = -Math.PI / 2 + (along + item.width / 2) / radius;
    ctx.save();
    ctx.translate(c + radius * Math.cos(angle), c + radius * Math.sin(angle));
    ctx.rotate(angle + Math.PI / 2);
    if ('glyph' in item) ctx.fillText(item.glyph, 0, 0);
    else star(ctx, 0, 0, size * 0.32, 0);
    ctx.restore();
    along += item.width + spacing;
  }
}

/** Crescent and star, with the year of the autonomy below. */
function emblem(ctx: SKRSContext2D, c: number, r: number): void {
  ctx.beginPath();
  ctx.arc(c - r * 0.06, c - r * 0.08, r * 0.3, 0, Math.PI * 2);
  ctx.arc(c + r * 0.05, c - r * 0.13, r * 0.25, 0, Math.PI * 2, true);
  ctx.fill('evenodd');
  star(ctx, c + r * 0.14, c - r * 0.12, r * 0.11, 0.3);
  ctx.font = font('serif', r * 0.15, { weight: 700 });
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText('1917', c, c + r * 0.42);
}

/** The stamp's face: rings, inscription, a ring of beads, the emblem. */
function drawSeal(ctx: SKRSContext2D, size: number): void {
  const c = size / 2;
  const r = size * 0.46;
  const ring = (radius: number, width: number): void => {
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.arc(c, c, radius, 0, Math.PI * 2);
    ctx.stroke();
  };
  ring(r, r * 0.05);
  ring(r * 0.9, r * 0.012);
  ringText(ctx, c, r * 0.775, r * 0.15);
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
