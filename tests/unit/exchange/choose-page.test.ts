import { describe, expect, it } from 'vitest';
import { ArchiveDocument } from '../../../src/shared/domain/document';
import { choosePage } from '../../../src/main/archive/exchange/choose-page';
import type { ParsedPage } from '../../../src/main/archive/formats/exchange/import-types';

const sha = (n: number) => String(n).repeat(64).slice(0, 64);
const at = '2026-01-01T00:00:00.000Z';

/** Three pages: two from a TIFF, one from a one-page JPEG scan named as the other tool knows it. */
const doc = ArchiveDocument.parse({
  id: 'doc-0001',
  kind: 'newspaper-issue',
  title: 'Қазақ № 1',
  sources: [
    { sha256: sha(1), format: 'tiff', originalName: 'issue.tif', size: 10, pageCount: 2 },
    { sha256: sha(2), format: 'jpeg', originalName: 'INPUT_0017.jpg', size: 10, pageCount: 1 },
  ],
  pages: [
    { source: 0, sourcePage: 1, width: 1000, height: 1500 },
    { source: 0, sourcePage: 2, width: 1000, height: 1600 },
    { source: 1, sourcePage: 1, width: 1000, height: 1500 },
  ],
  metadata: {},
  collections: [],
  tags: [],
  importedAt: at,
  updatedAt: at,
});

const parsed = (more: Partial<ParsedPage>): ParsedPage => ({ format: 'page-xml', unit: 'pixel', regions: [], skipped: [], ...more });

describe('choosePage', () => {
  it('takes the page asked for, and refuses one the document lacks', () => {
    expect(choosePage(doc, parsed({}), 1)).toBe(1);
    expect(() => choosePage(doc, parsed({}), 3)).toThrow(/Page 4 does not exist: «Қазақ № 1» has 3 page/);
  });

  it('takes the page a W3C target names', () => {
    expect(choosePage(doc, parsed({ format: 'w3c', pageIndex: 2 }))).toBe(2);
    expect(() => choosePage(doc, parsed({ format: 'w3c', pageIndex: 7 }))).toThrow(/for page 8/);
  });

  it('finds the page by its image name: the scan it was imported from, or the name our exports give it', () => {
    expect(choosePage(doc, parsed({ imageName: 'OCR-D/images/INPUT_0017.tif' }))).toBe(2);
    expect(choosePage(doc, parsed({ imageName: 'doc-0001-p0002.tif' }))).toBe(1);
  });

  it('finds the page by its pixel size when only one page has it', () => {
    expect(choosePage(doc, parsed({ width: 1000, height: 1600 }))).toBe(1);
    // Pages 1 and 3 share a size: the archivist must say which.
    expect(() => choosePage(doc, parsed({ width: 1000, height: 1500, imageName: 'other.png' }))).toThrow(/not clear \(its image is other\.png\): name the page/);
  });
});
