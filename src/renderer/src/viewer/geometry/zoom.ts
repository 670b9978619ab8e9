import type { Size } from './size';

/**
 * Zoom is CSS pixels per pixel of the page's reference grid: 1 shows a scan's pixels one to one
 * ("actual pixels"). The fit modes follow the viewport and are worked out per page.
 */
export type ZoomMode = { kind: 'fit-width' } | { kind: 'fit-page' } | { kind: 'scale'; value: number };

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 8;
/** Room around a page, in CSS pixels, so a fitted page does not touch the edges. */
export const PAGE_MARGIN = 16;

/** The steps Ctrl/Cmd +/− walk through, as readers know them from PDF viewers. */
const STEPS = [0.02, 0.03, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4, 6, 8];

export const clampZoom = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

/** The zoom a mode gives a page (already turned) in a viewport of this size. */
export function resolveZoom(mode: ZoomMode, page: Size, viewport: Size): number {
  if (mode.kind === 'scale') return clampZoom(mode.value);
  const across = Math.max(1, viewport.width - 2 * PAGE_MARGIN) / page.width;
  if (mode.kind === 'fit-width') return clampZoom(across);
  return clampZoom(Math.min(across, Math.max(1, viewport.height - 2 * PAGE_MARGIN) / page.height));
}

/** The next step in or out from any zoom, even one between steps (after a fit or a pinch). */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  const tolerance = 1.001;
  const next = direction > 0 ? STEPS.find((step) => step > zoom * tolerance) : [...STEPS].reverse().find((step) => step * tolerance < zoom);
  return next ?? (direction > 0 ? MAX_ZOOM : MIN_ZOOM);
}

/** A wheel or pinch turn: smooth, proportional, the same speed in and out. */
export function wheelZoom(zoom: number, deltaY: number): number {
  return clampZoom(zoom * Math.exp(-deltaY * 0.002));
}

/** Parses `?zoom=` of a page link: fit-width, fit-page, or a number (CSS px per grid px). */
export function parseZoom(raw: string | null): ZoomMode | null {
  if (raw === 'fit-width' || raw === 'fit-page') return { kind: raw };
  const value = raw === null || raw.trim() === '' ? Number.NaN : Number(raw);
  return Number.isFinite(value) && value > 0 ? { kind: 'scale', value: clampZoom(value) } : null;
}
