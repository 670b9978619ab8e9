/** A new region id, made by whoever creates the region (an editing client, an import), so it is known before the library has stored it. */
export function newRegionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `r-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
