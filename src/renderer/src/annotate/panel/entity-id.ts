/** A new entity's id: `e-` and eight random hex digits, unique enough within one region. */
export function newEntityId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return `e-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
