import type { z } from 'zod';
import type { SearchQuery } from '../../../shared/contract';
import { EntityType, RegionStatus, Tag } from '../../../shared/domain/annotations';
import { DocumentKind } from '../../../shared/domain/document';

/** A library search as the URL holds it (`#/search?q=…&kind=…`), so a search can be linked and Back returns to it. */
export interface SearchState {
  q: string;
  publication?: string;
  from?: number;
  to?: number;
  kind?: DocumentKind;
  status?: RegionStatus;
  tag?: string;
  entity?: EntityType;
  /** A matching option, not a filter: `diacritics=ignore` in the URL. */
  ignoreDiacritics?: true;
}

/** The filters, in the order the URL names them. */
const FILTER_KEYS = ['publication', 'from', 'to', 'kind', 'status', 'tag', 'entity'] as const satisfies readonly (keyof SearchState)[];

/** The contract takes at most this much query text; a longer paste is searched by its beginning. */
const MAX_QUERY = 10_000;
const MAX_PUBLICATION = 500;

const year = (text: string | null): number | undefined => (text !== null && /^\d{1,4}$/.test(text) ? Number(text) : undefined);
const text = (value: string | null, max: number): string | undefined => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' || trimmed.length > max ? undefined : trimmed;
};

/** Reads a search from the URL; a value that is not one of the choices (an edited link) is left out, not an error. */
export function readSearchParams(params: URLSearchParams): SearchState {
  return {
    q: params.get('q') ?? '',
    publication: text(params.get('publication'), MAX_PUBLICATION),
    from: year(params.get('from')),
    to: year(params.get('to')),
    kind: DocumentKind.safeParse(params.get('kind')).data,
    status: RegionStatus.safeParse(params.get('status')).data,
    tag: Tag.safeParse(params.get('tag')).data,
    entity: EntityType.safeParse(params.get('entity')).data,
    ignoreDiacritics: params.get('diacritics') === 'ignore' ? true : undefined,
  };
}

/** The URL's query string for a search, naming only what is set. */
export function writeSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const key of FILTER_KEYS) {
    const value = state[key];
    if (value !== undefined) params.set(key, String(value));
  }
  if (state.ignoreDiacritics) params.set('diacritics', 'ignore');
  return params;
}

/** Every filter set back to «any». */
export const CLEARED_FILTERS: Omit<SearchState, 'q'> = Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined]));

/** Whether any filter narrows the search. */
export const isNarrowed = (state: SearchState): boolean => FILTER_KEYS.some((key) => state[key] !== undefined);

/** The contract call for a search, or null when there is nothing to look for (an empty query finds nothing). */
export function toSearchQuery(state: SearchState, limit: number): z.input<typeof SearchQuery> | null {
  const query = state.q.slice(0, MAX_QUERY);
  if (query.trim() === '') return null;
  // Years typed the wrong way round still mean the span between them.
  const [yearFrom, yearTo] = state.from !== undefined && state.to !== undefined && state.from > state.to ? [state.to, state.from] : [state.from, state.to];
  return {
    query,
    filters: { publication: state.publication, yearFrom, yearTo, kind: state.kind, status: state.status, tag: state.tag, entityType: state.entity },
    ignoreDiacritics: state.ignoreDiacritics ?? false,
    limit,
  };
}
