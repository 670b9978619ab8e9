import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { fractalNoise, valueNoise, type Rng } from './random';

export type Rgb = readonly [number, number, number];

export interface PaperStyle {
  tone: Rgb;
  /** How far the blotchy shading darkens the sheet, 0–1. */
  blotches: number;
  /** How much the edges darken, 0–1. */
  vignette: number;
  /** Brown stains yellow the sheet where the shading is darkest, 0–1. */
  yellowing: number;
}

/** Fills the whole canvas with an aged sheet: uneven tone, fibres, darker edges. */
export function paintPaper(ctx: SKRSContext2D, width: number, height: number, rng: Rng, style: PaperStyle): void {
  const blotch = fractalNoise(rng, width, height, Math.max(width, height) / 3, 5);
  const fibre = valueNoise(rng, width, height, 3);
  const image = ctx.createImageData(width, height);
  const data = image.data;
  const [r, g, b] = style.tone;
  for (let y = 0; y < height; y++) {
    const dy = (y / height - 0.5) * 2;
    for (let x = 0; x < width; x++) {
      const dx = (x / width - 0.5) * 2;
      const edge = Math.max(0, Math.hypot(dx * 0.9, dy * 0.8) - 0.55) ** 2;
      const stain = Math.max(0, blotch(x, y) - 0.45) * 2;
      const shade = 1 - style.blotches * stain - style.vignette * edge + (fibre(x, y) - 0.5) * 0.035;
      const i = (y * width + x) * 4;
      data[i] = r * shade;
      data[i + 1] = g * shade * (1 - style.yellowing * stain * 0.25);
      data[i + 2] = b * shade * (1 - style.yellowing * stain * 0.6);
      data[i + 3] = 255;
    }
  }
  ctx.putImageData(image, 0, 0);
}

/** Dust and flecks of ink; a few pale ones where the paper surface has worn off. */
export function scatterSpeckles(ctx: SKRSContext2D, width: number, height: number, rng: Rng, count: number, ink: Rgb): void {
  ctx.save();
  for (let n = 0; n < count; n++) {
    const pale = rng.next() < 0.15;
    const [r, g, b] = pale ? [255, 250, 236] : ink;
    ctx.fillStyle = `rgba(${r}, ${g}, ${b}, ${rng.range(0.2, pale ? 0.5 : 0.75).toFixed(3)})`;
    ctx.beginPath();
    ctx.ellipse(rng.range(0, width), rng.range(0, height), rng.range(0.5, 2.2), rng.range(0.5, 1.8), rng.range(0, Math.PI), 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
}

/** Foxing: the rust-brown spots of old paper. */
export function foxing(ctx: SKRSContext2D, width: number, height: number, rng: Rng, count: number): void {
  ctx.save();
  for (let n = 0; n < count; n++) {
    const x = rng.range(0, width);
    const y = rng.range(0, height);
    const radius = rng.range(4, 26);
    const spot = ctx.createRadialGradient(x, y, 0, x, y, radius);
    spot.addColorStop(0, `rgba(140, 90, 40, ${rng.range(0.08, 0.22).toFixed(3)})`);
    spot.addColorStop(1, 'rgba(140, 90, 40, 0)');
    ctx.fillStyle = spot;
    ctx.fillRect(x - radius, y - radius, radius * 2, radius * 2);
  }
  ctx.restore();
}

/** A horizontal fold: a pale ridge with a soft shadow below it. */
export function fold(ctx: SKRSContext2D, width: number, y: number): void {
  const band = ctx.createLinearGradient(0, y - 14, 0, y + 18);
  band.addColorStop(0, 'rgba(255, 250, 235, 0)');
  band.addColorStop(0.4, 'rgba(255, 250, 235, 0.35)');
  band.addColorStop(0.5, 'rgba(60, 45, 30, 0.18)');
  band.addColorStop(1, 'rgba(60, 45, 30, 0)');
  ctx.fillStyle = band;
  ctx.fillRect(0, y - 14, width, 32);
}

/** Sensor grain over everything, as a scanner adds it after the ink is down. */
export function addGrain(ctx: SKRSContext2D, width: number, height: number, rng: Rng, amount: number): void {
  const image = ctx.getImageData(0, 0, width, height);
  const data = image.data;
  for (let i = 0; i < data.length; i += 4) {
    const delta = rng.normal() * amount;
    data[i] = (data[i] ?? 0) + delta;
    data[i + 1] = (data[i + 1] ?? 0) + delta;
    data[i + 2] = (data[i + 2] ?? 0) + delta;
  }
  ctx.putImageData(image, 0, 0);
}

/** The shadow a bound volume casts near its spine when pressed on the scanner glass. */
export function bindingShadow(ctx: SKRSContext2D, width: number, height: number, side: 'left' | 'right'): void {
  const reach = width * 0.05;
  const from = side === 'left' ? 0 : width;
  const shadow = ctx.createLinearGradient(from, 0, side === 'left' ? reach : width - reach, 0);
  shadow.addColorStop(0, 'rgba(50, 38, 25, 0.35)');
  shadow.addColorStop(1, 'rgba(50, 38, 25, 0)');
  ctx.fillStyle = shadow;
  ctx.fillRect(side === 'left' ? 0 : width - reach, 0, reach, height);
}

/** Runs `draw` rotated about the sheet's centre: the printed matter sat slightly askew on the scanner. */
export function withSkew(ctx: SKRSContext2D, width: number, height: number, degrees: number, draw: () => void): void {
  ctx.save();
  ctx.translate(width / 2, height / 2);
  ctx.rotate((degrees * Math.PI) / 180);
  ctx.translate(-width / 2, -height / 2);
  draw();
  ctx.restore();
}

/** An axis-aligned box in pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The whole-pixel box on the sheet that encloses `box` of the printed matter once `withSkew`
 * has turned it by `degrees`: where a region must sit to cover what was drawn there.
 */
export function skewedBounds(width: number, height: number, degrees: number, box: Box): Box {
  const angle = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const corners: [number, number][] = [
    [box.x, box.y],
    [box.x + box.width, box.y],
    [box.x, box.y + box.height],
    [box.x + box.width, box.y + box.height],
  ];
  const turned = corners.map(([x, y]) => {
    const [dx, dy] = [x - width / 2, y - height / 2];
    return [width / 2 + dx * cos - dy * sin, height / 2 + dx * sin + dy * cos] as const;
  });
  const left = Math.floor(Math.min(...turned.map(([x]) => x)));
  const top = Math.floor(Math.min(...turned.map(([, y]) => y)));
  const right = Math.ceil(Math.max(...turned.map(([x]) => x)));
  const bottom = Math.ceil(Math.max(...turned.map(([, y]) => y)));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Printing ink that spreads a little into the fibres. */
export function useInk(ctx: SKRSContext2D, color: Rgb, bleed: number): void {
  const [r, g, b] = color;
  ctx.fillStyle = `rgb(${r}, ${g}, ${b})`;
  ctx.strokeStyle = `rgb(${r}, ${g}, ${b})`;
  ctx.shadowColor = `rgba(${r}, ${g}, ${b}, 0.45)`;
  ctx.shadowBlur = bleed;
}

export interface Wear {
  /** How much fine mottling eats into the ink, 0–1. */
  speckle: number;
  /** How much whole patches fade where the forme or stamp pressed lightly, 0–1. */
  patches: number;
  /** Typical patch size in pixels. */
  patchSize: number;
}

/**
 * Draws `print` on a transparent layer of its own and thins its ink unevenly: broken letters,
 * lighter patches where the forme was under-inked or the stamp pressed lightly.
 */
export function wornLayer(width: number, height: number, rng: Rng, wear: Wear, print: (layer: SKRSContext2D) => void): Canvas {
  const layer = createCanvas(width, height);
  const ctx = layer.getContext('2d');
  print(ctx);
  const fine = valueNoise(rng, width, height, 2.2);
  const patches = fractalNoise(rng, width, height, wear.patchSize, 3);
  const image = ctx.getImageData(0, 0, width, height);
  const data = image.data;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4 + 3;
      const alpha = data[i] ?? 0;
      if (alpha === 0) continue;
      const keep = 1 - wear.speckle * 0.6 * fine(x, y) ** 2 - wear.patches * 1.6 * Math.max(0, patches(x, y) - 0.45);
      data[i] = alpha * Math.max(0, keep);
    }
  }
  ctx.putImageData(image, 0, 0);
  return layer;
}
