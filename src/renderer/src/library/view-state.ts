import { z } from 'zod';
import { DocumentKind } from '../../../shared/domain/document';

export const SortKey = z.enum(['date', 'title', 'imported']);
export type SortKey = z.infer<typeof SortKey>;
export const SortDirection = z.enum(['asc', 'desc']);
export type SortDirection = z.infer<typeof SortDirection>;

const Year = z.number().int().min(1).max(9999);

export const LibraryFilters = z.object({
  kind: DocumentKind.optional(),
  publication: z.string().optional(),
  yearFrom: Year.optional(),
  yearTo: Year.optional(),
  tag: z.string().optional(),
  /** A collection id: the collection and everything nested in it. */
  collection: z.string().optional(),
  /** The quick filter as typed. */
  text: z.string().max(500).default(''),
});
export type LibraryFilters = z.infer<typeof LibraryFilters>;

/** How the library is shown: kept across reloads so an archivist comes back to the same shelf. */
export const ViewState = z.object({
  mode: z.enum(['list', 'grid']).default('list'),
  sort: z.object({ key: SortKey, direction: SortDirection }).default({ key: 'date', direction: 'asc' }),
  filters: LibraryFilters.default({ text: '' }),
  /** Whether the description panel is open beside the list. */
  details: z.boolean().default(false),
});
export type ViewState = z.infer<typeof ViewState>;

export const DEFAULT_VIEW: ViewState = ViewState.parse({});

/** Reads a saved view; anything unreadable (an older shape, hand edits) falls back to the default. */
export function parseViewState(saved: string | null): ViewState {
  if (!saved) return DEFAULT_VIEW;
  try {
    const parsed = ViewState.safeParse(JSON.parse(saved));
    return parsed.success ? parsed.data : DEFAULT_VIEW;
  } catch {
    return DEFAULT_VIEW;
  }
}

/** Every filter back to «any» (as a change for setFilters). */
export const CLEARED_FILTERS: Partial<LibraryFilters> = {
  kind: undefined,
  publication: undefined,
  yearFrom: undefined,
  yearTo: undefined,
  tag: undefined,
  collection: undefined,
  text: '',
};

/** True when any filter narrows the library. */
export function isFiltered(filters: LibraryFilters): boolean {
  const { kind, publication, yearFrom, yearTo, tag, collection, text } = filters;
  return text.trim() !== '' || [kind, publication, yearFrom, yearTo, tag, collection].some((value) => value !== undefined);
}
