/** A run of a snippet, marked when it is a matching word. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

/**
 * Cuts a snippet at its highlight ranges (UTF-16 offsets, end exclusive) so it can be shown as
 * text with <mark>s, never as HTML. Ranges out of order, overlapping or past the end are
 * tolerated: they come from the engine, and a wrong offset must not break a result.
 */
export function snippetParts(snippet: string, highlights: readonly { start: number; end: number }[]): SnippetPart[] {
  const ranges = highlights
    .map(({ start, end }) => ({ start: Math.max(0, Math.min(start, snippet.length)), end: Math.max(0, Math.min(end, snippet.length)) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push({ text: snippet.slice(at, from), marked: false });
    const last = parts.at(-1);
    // Touching or overlapping ranges make one mark.
    if (last?.marked && from === at) last.text += snippet.slice(from, end);
    else parts.push({ text: snippet.slice(from, end), marked: true });
    at = end;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), marked: false });
  return parts;
}
