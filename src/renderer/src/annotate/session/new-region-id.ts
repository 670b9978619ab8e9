/** A region id made here, so a new region is known by its id before the library has stored it. */
export function newRegionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `r-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
