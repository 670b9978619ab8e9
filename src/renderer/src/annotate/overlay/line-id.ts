/** A new line's id, `l-` and eight random hex digits: unique within its region without asking anyone. */
export function newLineId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return `l-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
