import type { DocumentSummary } from '../../../src/shared/contract';

let next = 0;

/** A document summary as listDocuments returns it, with only what a test cares about filled in. */
export function summary(fields: Partial<DocumentSummary> & { title: string }): DocumentSummary {
  next++;
  const id = fields.id ?? `doc-${String(next).padStart(4, '0')}`;
  return {
    id,
    kind: 'newspaper-issue',
    metadata: {},
    tags: [],
    collections: [],
    importedAt: `2024-01-01T00:00:${String(next % 60).padStart(2, '0')}.000Z`,
    updatedAt: '2024-01-01T00:00:00.000Z',
    pages: [{ width: 100, height: 140 }],
    thumbnailUrl: `/pages/${id}/0/thumbnail`,
    ...fields,
  };
}
