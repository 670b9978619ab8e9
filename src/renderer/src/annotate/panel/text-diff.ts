import { diffWords } from 'diff';

export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

/** Longer than this and the diff is given up: a page of text must not freeze the window. */
const TIME_LIMIT_MS = 500;

/**
 * How `after` differs from `before`, word by word. Words are found by the platform's Unicode
 * segmenter, since the diff's own word pattern knows only Latin letters and would compare
 * Cyrillic and Arabic letter by letter. Null when the texts are too far apart to compare in time.
 */
export function textDiff(before: string, after: string): DiffPart[] | null {
  const changes = diffWords(before, after, { intlSegmenter: new Intl.Segmenter(undefined, { granularity: 'word' }), timeout: TIME_LIMIT_MS });
  if (!changes) return null;
  return changes.map((c) => ({ text: c.value, change: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}
