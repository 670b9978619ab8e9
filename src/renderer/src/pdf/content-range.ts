/** A `Content-Range: bytes start-end/length` answer: inclusive byte positions and the file's full length. */
export interface ContentRange {
  start: number;
  end: number;
  length: number;
}

/**
 * Reads a 206 answer's Content-Range. Undefined when it is missing, malformed, inconsistent or
 * leaves the full length unknown (`/*`): without the length, ranges cannot be asked for.
 */
export function parseContentRange(header: string | null): ContentRange | undefined {
  const match = /^bytes\s+(\d+)-(\d+)\/(\d+)$/i.exec(header?.trim() ?? '');
  if (!match) return undefined;
  const [start, end, length] = match.slice(1).map(Number) as [number, number, number];
  if (start > end || end >= length) return undefined;
  return { start, end, length };
}
