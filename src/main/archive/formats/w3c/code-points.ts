/**
 * UTF-16 offsets (how JavaScript, and so our entities, count) turned into code points (how W3C's
 * TextPositionSelector counts): a letter outside the BMP is one position there, two here.
 */
export function codePointOffsets(text: string): (utf16: number) => number {
  const points = new Uint32Array(text.length + 1);
  let unit = 0;
  let count = 0;
  for (const ch of text) {
    points.fill(count, unit, unit + ch.length);
    unit += ch.length;
    count++;
  }
  points[unit] = count;
  return (offset) => points[Math.min(offset, text.length)] ?? count;
}
