import type { SearchQuery } from '../../../shared/contract';
import type { ArchiveDocument } from '../../../shared/domain/document';
import { normalizeForSearch } from '../../../shared/text/normalize';
import { parseEntryId, type EntryFacts } from './entries';

const same = (a: string | undefined, b: string) => a !== undefined && normalizeForSearch(a.trim()) === normalizeForSearch(b.trim());

/**
 * Whether a result passes the query's document and filters. Document-level filters read the
 * catalogue (always current, so an edit to a description needs no region re-indexed);
 * region-level ones read the facts the index keeps of the region and leave out hits outside regions.
 * Undefined when the query has no filter: the index holds only documents not in the trash, and
 * a check of every result would cost a common word's search as much as the search.
 */
export function hitFilter(query: SearchQuery, documents: ReadonlyMap<string, ArchiveDocument>): ((entry: EntryFacts) => boolean) | undefined {
  const { publication, yearFrom, yearTo, kind, regionKind, status, tag, entityType } = query.filters;
  if (query.docId === undefined && [publication, yearFrom, yearTo, kind, regionKind, status, tag, entityType].every((value) => value === undefined)) return undefined;
  const regionOnly = regionKind !== undefined || status !== undefined || entityType !== undefined;
  return (entry) => {
    const ref = parseEntryId(entry.id);
    if (!ref || (query.docId !== undefined && ref.docId !== query.docId)) return false;
    const doc = documents.get(ref.docId);
    if (!doc) return false;
    if (publication !== undefined && !same(doc.metadata.publication, publication)) return false;
    if (kind !== undefined && doc.kind !== kind) return false;
    if (yearFrom !== undefined || yearTo !== undefined) {
      const year = Number(doc.metadata.isoDate?.slice(0, 4) ?? NaN);
      if (Number.isNaN(year) || (yearFrom !== undefined && year < yearFrom) || (yearTo !== undefined && year > yearTo)) return false;
    }
    const inRegion = ref.type === 'region';
    if (regionOnly && !inRegion) return false;
    if (regionKind !== undefined && entry.kind !== regionKind) return false;
    if (status !== undefined && entry.status !== status) return false;
    if (entityType !== undefined && !entry.entityTypes?.includes(entityType)) return false;
    if (tag !== undefined) {
      const tags = [...doc.tags, ...(inRegion ? (entry.tags ?? []) : [])];
      if (!tags.some((t) => same(t, tag))) return false;
    }
    return true;
  };
}
