import type { DocumentSummary } from '../../../shared/contract';
import { foldText, queryWords } from './fold-text';
import type { LibraryFilters } from './view-state';

/** A document with what filtering needs worked out once, not on every keystroke. */
export interface IndexedDocument {
  doc: DocumentSummary;
  /** Title, publication, place, date as printed, tags, notes and archival reference, folded. */
  haystack: string;
  year: number | undefined;
}

export function yearOf(isoDate: string | undefined): number | undefined {
  const year = isoDate ? Number(isoDate.slice(0, 4)) : NaN;
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

export function indexDocument(doc: DocumentSummary): IndexedDocument {
  const { metadata } = doc;
  const reference = metadata.archivalReference ?? {};
  const fields = [
    doc.title,
    metadata.publication,
    metadata.place,
    metadata.dateAsPrinted,
    ...doc.tags,
    metadata.notes,
    reference.repository,
    reference.fonds,
    reference.inventory,
    reference.file,
    reference.sheets,
  ];
  // Query words hold no spaces, so a space between fields keeps a word from spanning two.
  return { doc, haystack: foldText(fields.filter(Boolean).join(' ')), year: yearOf(metadata.isoDate) };
}

/**
 * The documents that pass every filter. `scope` is the chosen collection with its
 * sub-collections; undefined when no collection is chosen.
 */
export function filterDocuments(index: readonly IndexedDocument[], filters: LibraryFilters, scope: ReadonlySet<string> | undefined): DocumentSummary[] {
  const words = queryWords(filters.text);
  const { kind, publication, yearFrom, yearTo, tag } = filters;
  const ranged = yearFrom !== undefined || yearTo !== undefined;
  return index
    .filter(({ doc, haystack, year }) => {
      if (kind !== undefined && doc.kind !== kind) return false;
      if (publication !== undefined && doc.metadata.publication !== publication) return false;
      if (tag !== undefined && !doc.tags.includes(tag)) return false;
      if (scope !== undefined && !doc.collections.some((id) => scope.has(id))) return false;
      if (ranged && (year === undefined || (yearFrom !== undefined && year < yearFrom) || (yearTo !== undefined && year > yearTo))) return false;
      return words.every((word) => haystack.includes(word));
    })
    .map(({ doc }) => doc);
}

export interface Facets {
  publications: string[];
  tags: string[];
  years: { min: number; max: number } | undefined;
}

/** What the filter controls offer: the publications and tags present, and the span of years. */
export function facetsOf(index: readonly IndexedDocument[], collator: Intl.Collator): Facets {
  const publications = new Set<string>();
  const tags = new Set<string>();
  let min = Infinity;
  let max = -Infinity;
  for (const { doc, year } of index) {
    if (doc.metadata.publication) publications.add(doc.metadata.publication);
    for (const tag of doc.tags) tags.add(tag);
    if (year !== undefined) {
      min = Math.min(min, year);
      max = Math.max(max, year);
    }
  }
  return {
    publications: [...publications].sort(collator.compare),
    tags: [...tags].sort(collator.compare),
    years: min <= max ? { min, max } : undefined,
  };
}
