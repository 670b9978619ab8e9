import type { Adjustments } from '../../../../shared/domain/view';
import { clampAdjustments } from './adjustment-limits';
import { SAFE_FILTER_ID } from './filter-id';
import { isNeutral } from './is-neutral';

/** One SVG filter primitive, for what CSS filter functions cannot say. */
export type SvgFilterStep =
  /** Each colour channel raised to this power. */
  | { kind: 'gamma'; exponent: number }
  /** Each colour channel replaced by the pixel's luminance under these R, G, B weights. */
  | { kind: 'luminance'; weights: readonly [number, number, number] }
  /** Each colour channel mapped to slope × value + intercept, clamped to 0–1. */
  | { kind: 'cut'; slope: number; intercept: number };

/** The primitives of one SVG `<filter>`, in the order they run. */
export interface SvgFilterSpec {
  steps: readonly SvgFilterStep[];
}

export interface AdjustmentFilter {
  /** A CSS `filter` value; `url(#id)` in it names the SVG filter when there is one. */
  css: string;
  svg: SvgFilterSpec | null;
}

/** sRGB (Rec. 709) luminance: the weights of CSS grayscale(), so a cut page matches a grey one. */
export const LUMINANCE_WEIGHTS = [0.2126, 0.7152, 0.0722] as const;

/**
 * How steep the black-and-white cut is. One 8-bit step (1/255) covers more than the whole 0–1
 * output, so no grey survives, while the cut still lands exactly on the threshold.
 */
export const CUT_SLOPE = 1000;

/** Four decimals: the same adjustments always give the same string, free of floating-point noise. */
const round = (n: number) => Number(n.toFixed(4));

/**
 * The filter that shows a page with these adjustments, never changing its pixels.
 *
 * The order is an archivist's: make the page grey first (so the tone controls act on one
 * lightness, and a stain's tint does not clip on its own channel); then brightness and contrast
 * set where paper and ink lie; gamma then bends the mid-tones between them; the threshold cuts
 * the result to black and white (lightness at or above it turns white), so the cut falls where
 * the adjusted page shows it; invert comes last, so the threshold means the same with it on.
 */
export function buildAdjustmentFilter(adjustments: Adjustments, filterId: string): AdjustmentFilter {
  if (!SAFE_FILTER_ID.test(filterId)) throw new Error(`Not a safe filter id: ${filterId}`);
  const clamped = clampAdjustments(adjustments);
  const a: Adjustments = {
    ...clamped,
    brightness: round(clamped.brightness),
    contrast: round(clamped.contrast),
    gamma: round(clamped.gamma),
    threshold: clamped.threshold === null ? null : round(clamped.threshold),
  };
  if (isNeutral(a)) return { css: 'none', svg: null };

  const steps: SvgFilterStep[] = [];
  if (a.gamma !== 1) steps.push({ kind: 'gamma', exponent: a.gamma });
  if (a.threshold !== null) {
    steps.push({ kind: 'luminance', weights: LUMINANCE_WEIGHTS }, { kind: 'cut', slope: CUT_SLOPE, intercept: round(1 - CUT_SLOPE * a.threshold) });
  }
  const functions = [
    a.grayscale && 'grayscale(1)',
    a.brightness !== 1 && `brightness(${a.brightness})`,
    a.contrast !== 1 && `contrast(${a.contrast})`,
    steps.length > 0 && `url(#${filterId})`,
    a.invert && 'invert(1)',
  ].filter((f) => f !== false);
  return { css: functions.join(' '), svg: steps.length > 0 ? { steps } : null };
}
