/** An id that can stand in `url(#…)` unquoted and as an SVG element's id. */
export const SAFE_FILTER_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

/**
 * React's useId gives ids such as `:r1:` or `«r1»`, whose characters break a `url(#…)` reference.
 * Each character outside letters, digits and '-' is spelt as its code point between underscores,
 * so two different React ids never give the same filter id.
 */
export function filterIdFrom(reactId: string): string {
  return `adjust-${reactId.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`)}`;
}
