/** A seeded random source: the demo must come out byte-identical on every run. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  range(min: number, max: number): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  /** Roughly normal with mean 0 and deviation 1 (sum of uniforms: cheap and bounded). */
  normal(): number;
}

/** mulberry32: 32 bits of state, good enough for texture and jitter. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor((max - min + 1) * next()),
    normal: () => next() + next() + next() + next() - 2,
  };
}

/** Smooth noise in [0, 1]: random values on a coarse grid, blended between grid points. */
export function valueNoise(rng: Rng, width: number, height: number, cell: number): (x: number, y: number) => number {
  const cols = Math.ceil(width / cell) + 2;
  const rows = Math.ceil(height / cell) + 2;
  const grid = Float32Array.from({ length: cols * rows }, () => rng.next());
  const at = (c: number, r: number): number => grid[r * cols + c] ?? 0;
  const smooth = (t: number): number => t * t * (3 - 2 * t);
  return (x, y) => {
    const gx = Math.max(0, x) / cell;
    const gy = Math.max(0, y) / cell;
    const c = Math.floor(gx);
    const r = Math.floor(gy);
    const tx = smooth(gx - c);
    const ty = smooth(gy - r);
    const top = at(c, r) + (at(c + 1, r) - at(c, r)) * tx;
    const bottom = at(c, r + 1) + (at(c + 1, r + 1) - at(c, r + 1)) * tx;
    return top + (bottom - top) * ty;
  };
}

/** Several octaves of value noise, for stains and shading that look less like a grid. */
export function fractalNoise(rng: Rng, width: number, height: number, cell: number, octaves: number): (x: number, y: number) => number {
  const layers = Array.from({ length: octaves }, (_, i) => valueNoise(rng, width, height, Math.max(2, cell / 2 ** i)));
  const total = layers.reduce((sum, _, i) => sum + 0.5 ** i, 0);
  return (x, y) => layers.reduce((sum, layer, i) => sum + layer(x, y) * 0.5 ** i, 0) / total;
}
