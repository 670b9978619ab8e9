import { describe, expect, it } from 'vitest';
import { Adjustments, NEUTRAL_ADJUSTMENTS } from '../../../src/shared/domain/view';
import { buildAdjustmentFilter, CUT_SLOPE, LUMINANCE_WEIGHTS, type SvgFilterStep } from '../../../src/renderer/src/viewer/adjustments/adjustment-filter';
import { ADJUSTMENT_RANGES, clampAdjustments } from '../../../src/renderer/src/viewer/adjustments/adjustment-limits';

const ID = 'adjust-_3a_r1_3a_';
const filter = (changes: Partial<Adjustments>) => buildAdjustmentFilter({ ...NEUTRAL_ADJUSTMENTS, ...changes }, ID);

/** What a cut step does to one channel value, as feComponentTransfer's linear function with its clamp. */
function cut(step: SvgFilterStep | undefined, value: number): number {
  if (step?.kind !== 'cut') throw new Error('not a cut');
  return Math.min(1, Math.max(0, step.slope * value + step.intercept));
}

describe('the adjustment filter', () => {
  it('is none, with no SVG, for neutral adjustments', () => {
    expect(buildAdjustmentFilter(NEUTRAL_ADJUSTMENTS, ID)).toEqual({ css: 'none', svg: null });
  });

  it('uses CSS functions alone where CSS has them', () => {
    expect(filter({ grayscale: true })).toEqual({ css: 'grayscale(1)', svg: null });
    expect(filter({ brightness: 1.25 })).toEqual({ css: 'brightness(1.25)', svg: null });
    expect(filter({ contrast: 0.4 })).toEqual({ css: 'contrast(0.4)', svg: null });
    expect(filter({ invert: true })).toEqual({ css: 'invert(1)', svg: null });
  });

  it('puts gamma in an SVG filter as the exponent on each channel', () => {
    expect(filter({ gamma: 2.2 })).toEqual({ css: `url(#${ID})`, svg: { steps: [{ kind: 'gamma', exponent: 2.2 }] } });
  });

  it('cuts at the threshold on luminance, lighter or equal to white and darker to black', () => {
    const { css, svg } = filter({ threshold: 0.4 });
    expect(css).toBe(`url(#${ID})`);
    expect(svg?.steps).toEqual([
      { kind: 'luminance', weights: LUMINANCE_WEIGHTS },
      { kind: 'cut', slope: CUT_SLOPE, intercept: -399 },
    ]);
    const step = svg?.steps[1];
    expect(cut(step, 0.4)).toBe(1);
    expect(cut(step, 0.4 + 1 / 255)).toBe(1);
    expect(cut(step, 0.4 - 1 / 255)).toBe(0);
    expect(cut(step, 0)).toBe(0);
    expect(cut(step, 1)).toBe(1);
  });

  it('keeps the cut hard at both ends of the threshold’s range', () => {
    const whiteAll = filter({ threshold: 0 }).svg?.steps[1];
    expect(cut(whiteAll, 0)).toBe(1);
    const whiteOnly = filter({ threshold: 1 }).svg?.steps[1];
    expect(cut(whiteOnly, 1)).toBe(1);
    expect(cut(whiteOnly, 254 / 255)).toBe(0);
  });

  it('uses Rec. 709 luminance weights that sum to one, as CSS grayscale() does', () => {
    expect(LUMINANCE_WEIGHTS.reduce((sum, w) => sum + w, 0)).toBeCloseTo(1, 10);
  });

  it('orders everything: grey, brightness, contrast, then gamma and the cut, invert last', () => {
    const all = buildAdjustmentFilter({ brightness: 1.3, contrast: 2, gamma: 1.5, grayscale: true, invert: true, threshold: 0.55 }, ID);
    expect(all.css).toBe(`grayscale(1) brightness(1.3) contrast(2) url(#${ID}) invert(1)`);
    expect(all.svg?.steps.map((s) => s.kind)).toEqual(['gamma', 'luminance', 'cut']);
  });

  it('combines only the adjustments that change something', () => {
    expect(filter({ contrast: 1.8, invert: true }).css).toBe('contrast(1.8) invert(1)');
    expect(filter({ brightness: 0.8, gamma: 0.5 })).toEqual({ css: `brightness(0.8) url(#${ID})`, svg: { steps: [{ kind: 'gamma', exponent: 0.5 }] } });
    expect(filter({ grayscale: true, threshold: 0.5 }).svg?.steps.map((s) => s.kind)).toEqual(['luminance', 'cut']);
  });

  it('is deterministic and free of floating-point noise', () => {
    const value: Adjustments = { brightness: 0.1 + 0.2 + 1, contrast: 1.15, gamma: 1.1, grayscale: false, invert: false, threshold: 0.37 };
    const once = buildAdjustmentFilter(value, ID);
    expect(buildAdjustmentFilter({ ...value }, ID)).toEqual(once);
    expect(once.css).toBe(`brightness(1.3) contrast(1.15) url(#${ID})`);
    expect(once.svg?.steps.at(-1)).toEqual({ kind: 'cut', slope: CUT_SLOPE, intercept: -369 });
  });

  it('treats a value that rounds to neutral as neutral', () => {
    expect(filter({ brightness: 1.000001, gamma: 0.99999 })).toEqual({ css: 'none', svg: null });
  });

  it('refuses an id that would break url(#…)', () => {
    expect(() => buildAdjustmentFilter({ ...NEUTRAL_ADJUSTMENTS, gamma: 2 }, ':r1:')).toThrow(/safe filter id/);
    expect(() => buildAdjustmentFilter(NEUTRAL_ADJUSTMENTS, 'a b')).toThrow(/safe filter id/);
  });
});

describe('out-of-range adjustments', () => {
  const wild = { brightness: 10, contrast: -1, gamma: 0.01, grayscale: false, invert: false, threshold: 1.5 };

  it('are refused by the schema and clamped to its bounds', () => {
    expect(Adjustments.safeParse(wild).success).toBe(false);
    const clamped = clampAdjustments(wild);
    expect(Adjustments.parse(clamped)).toEqual({ ...wild, brightness: 3, contrast: 0.2, gamma: 0.2, threshold: 1 });
  });

  it('take the schema’s own bounds', () => {
    expect(ADJUSTMENT_RANGES).toEqual({ brightness: { min: 0.2, max: 3 }, contrast: { min: 0.2, max: 3 }, gamma: { min: 0.2, max: 5 }, threshold: { min: 0, max: 1 } });
  });

  it('give the filter of their clamped values', () => {
    expect(buildAdjustmentFilter(wild, ID)).toEqual(buildAdjustmentFilter({ ...wild, brightness: 3, contrast: 0.2, gamma: 0.2, threshold: 1 }, ID));
    expect(filter({ threshold: -0.3 }).svg?.steps[1]).toEqual({ kind: 'cut', slope: CUT_SLOPE, intercept: 1 });
  });

  it('fall back to neutral when they are not numbers at all', () => {
    const broken = { ...NEUTRAL_ADJUSTMENTS, brightness: Number.NaN, contrast: Number.POSITIVE_INFINITY, threshold: Number.NaN };
    expect(Adjustments.parse(clampAdjustments(broken))).toEqual(NEUTRAL_ADJUSTMENTS);
    expect(buildAdjustmentFilter(broken, ID)).toEqual({ css: 'none', svg: null });
  });
});
