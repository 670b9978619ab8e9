import { Adjustments, NEUTRAL_ADJUSTMENTS } from '../../../../shared/domain/view';

export interface Range {
  min: number;
  max: number;
}

/** Reads a bound the schema declares, so the sliders and the clamp never drift from it. */
function rangeOf(schema: { minValue: number | null; maxValue: number | null }): Range {
  if (schema.minValue === null || schema.maxValue === null) throw new Error('An adjustment without bounds in its schema');
  return { min: schema.minValue, max: schema.maxValue };
}

const shape = Adjustments.shape;

export const ADJUSTMENT_RANGES = {
  brightness: rangeOf(shape.brightness),
  contrast: rangeOf(shape.contrast),
  gamma: rangeOf(shape.gamma),
  threshold: rangeOf(shape.threshold.unwrap()),
} as const;

/** Where the black-and-white cut starts when a reader turns it on: mid-grey. */
export const DEFAULT_THRESHOLD = 0.5;

/** A value outside its range is pinned to the nearest bound; one that is no number at all is neutral. */
function clamp(value: number, range: Range, neutral: number): number {
  if (!Number.isFinite(value)) return neutral;
  return Math.min(range.max, Math.max(range.min, value));
}

function clampThreshold(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : clamp(value, ADJUSTMENT_RANGES.threshold, DEFAULT_THRESHOLD);
}

/**
 * Adjustments that the schema accepts, from any that reach the viewer (an older saved view, a
 * slider's stray value): a bad value must dim nothing rather than break the page.
 */
export function clampAdjustments(value: Adjustments): Adjustments {
  return {
    brightness: clamp(value.brightness, ADJUSTMENT_RANGES.brightness, NEUTRAL_ADJUSTMENTS.brightness),
    contrast: clamp(value.contrast, ADJUSTMENT_RANGES.contrast, NEUTRAL_ADJUSTMENTS.contrast),
    gamma: clamp(value.gamma, ADJUSTMENT_RANGES.gamma, NEUTRAL_ADJUSTMENTS.gamma),
    grayscale: value.grayscale,
    invert: value.invert,
    threshold: clampThreshold(value.threshold),
  };
}
