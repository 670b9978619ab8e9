import type { Region } from '../../../../shared/domain/annotations';
import type { ArchiveDocument, Page } from '../../../../shared/domain/document';

/** "p0001" for the first page: in file names and ids, so that they sort in page order. */
export const pageTag = (index: number): string => `p${String(index + 1).padStart(4, '0')}`;

export interface PageRegions {
  page: Page;
  /** 0-based. */
  index: number;
  /** In reading order. */
  regions: Region[];
}

/** Reading order; equal orders fall back to the id, so the same regions always export the same way. */
const byReadingOrder = (a: Region, b: Region) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every page with its regions in reading order; a region of a page the document lacks is left out. */
export function pagesWithRegions(doc: ArchiveDocument, regions: readonly Region[]): PageRegions[] {
  // Grouped in one pass: a document of hundreds of pages may hold tens of thousands of regions.
  const byPage = new Map<number, Region[]>();
  for (const region of regions) {
    const onPage = byPage.get(region.page);
    if (onPage) onPage.push(region);
    else byPage.set(region.page, [region]);
  }
  return doc.pages.map((page, index) => ({ page, index, regions: (byPage.get(index) ?? []).sort(byReadingOrder) }));
}
