import type { RegionContent } from '../../../shared/domain/annotations';
import type { ArchiveDocument } from '../../../shared/domain/document';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with every object's keys in order: a value read from a file and one built in memory list their fields in different orders. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, nested: unknown) => (isRecord(nested) ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : nested));

/** Whether two versions of a region say the same: every field a revision records. */
export const sameContent = (a: RegionContent, b: RegionContent): boolean => canonical(a) === canonical(b);

/** Whether two catalog entries describe a document alike: what an archivist edits, not when. */
export const sameDescription = (a: ArchiveDocument, b: ArchiveDocument): boolean => {
  const described = ({ title, kind, metadata, tags, collections }: ArchiveDocument) => ({ title, kind, metadata, tags, collections });
  return canonical(described(a)) === canonical(described(b));
};
