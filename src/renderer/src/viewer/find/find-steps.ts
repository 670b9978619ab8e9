import type { SearchField } from '../../../../shared/contract';
import { isDocumentWide } from '../../search/hit-route';

/** A place in the document the find bar can go to: where the engine found the query. */
export interface FindStop {
  page: number;
  field: SearchField;
  regionId?: string;
}

/**
 * The places to step through in a document, page by page: on each page its regions first (as
 * the search ranked them), then the page's PDF text. The description and the document's own
 * tags are not places on a page.
 */
export function documentStops<T extends FindStop>(groups: readonly { hits: readonly T[] }[]): T[] {
  const hits = groups.flatMap((group) => group.hits).filter((hit) => !isDocumentWide(hit));
  const rank = (hit: T) => (hit.field === 'pdf-text' ? 1 : 0);
  // Array.prototype.sort is stable: within a page and kind the search's order stays.
  return hits.sort((a, b) => a.page - b.page || rank(a) - rank(b));
}

/** The text-layer matches on the page shown. */
export interface PageMatches {
  count: number;
  /** 0-based index of the marked match, -1 when there is none. */
  current: number;
}

/** Where a step goes: another text-layer match on this page, or another stop (at its first or last match). */
export type FindStep = { kind: 'match'; match: number } | { kind: 'stop'; stop: number; match: 'first' | 'last' };

/**
 * Enter (1) or Shift+Enter (−1) in the find bar. The page's PDF text counts as one stop that
 * opens into its matches when shown: the reader steps through them, then on to the next stop,
 * and round from the last stop to the first. `at` is the stop last gone to, null when none is
 * (just typed), or when the reader has since moved to another page: then the step starts from
 * the page shown.
 */
export function nextStep(stops: readonly FindStop[], at: number | null, page: number, matches: PageMatches, direction: 1 | -1): FindStep | null {
  const textStop = stops.findIndex((stop) => stop.field === 'pdf-text' && stop.page === page);
  const from = at !== null && stops[at]?.page === page ? at : null;
  // In the page's text: its matches first. A page the search did not report (an old index) still has them.
  const inText = matches.count > 0 && (from === null || from === textStop);
  if (inText) {
    const match = matches.current + direction;
    if (match >= 0 && match < matches.count) return { kind: 'match', match };
  }
  if (stops.length === 0) return matches.count > 0 ? { kind: 'match', match: direction === 1 ? 0 : matches.count - 1 } : null;
  const edge = direction === 1 ? 'first' : 'last';
  const wrap = (index: number) => (index + stops.length) % stops.length;
  if (from !== null) return { kind: 'stop', stop: wrap(from + direction), match: edge };
  if (inText && textStop >= 0) return { kind: 'stop', stop: wrap(textStop + direction), match: edge };
  // From the page as a whole: forward to its first stop (or a later page's), back to an earlier page's last.
  // Text matches the search did not report sort after the page's regions.
  const forward = stops.findIndex((stop) => (inText ? stop.page > page : stop.page >= page));
  const backward = stops.findLastIndex((stop) => (inText ? stop.page <= page : stop.page < page));
  const stop = direction === 1 ? (forward < 0 ? 0 : forward) : backward < 0 ? stops.length - 1 : backward;
  return { kind: 'stop', stop, match: edge };
}
