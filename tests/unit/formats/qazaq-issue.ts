import type { ExportOptions } from '../../../src/main/archive/formats/exchange/export-types';
import type { ArchiveDocument } from '../../../src/shared/domain/document';
import type { TextScript } from '../../../src/shared/domain/exchange';

export const BASE = 'https://archive.example.org/muragat';

/** The options the JSON and text export tests share: a fixed base, generator and time, so output repeats. */
export const exportOptions = (textScript: TextScript = 'as-typed'): ExportOptions => ({ baseUri: BASE, textScript, generator: 'Muragat 0.1.0', now: new Date('2026-11-24T12:00:00.000Z') });

/** «Қазақ» № 250 as a PDF of `pages` pages, each 2000×3000, described as each test needs. */
export const qazaqIssue = (described: Pick<ArchiveDocument, 'title' | 'metadata'>, pages = 3): ArchiveDocument => ({
  id: 'qazaq-250',
  kind: 'newspaper-issue',
  sources: [{ sha256: 'a'.repeat(64), format: 'pdf', originalName: 'qazaq-250.pdf', size: 1000, pageCount: pages }],
  pages: Array.from({ length: pages }, (_, i) => ({ source: 0, sourcePage: i + 1, width: 2000, height: 3000 })),
  collections: [],
  tags: [],
  importedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...described,
});
