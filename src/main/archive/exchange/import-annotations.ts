import type { z } from 'zod';
import type { AnnotationImportRequest, RegionChange } from '../../../shared/contract';
import type { Region, RegionContent } from '../../../shared/domain/annotations';
import type { AnnotationImportReport } from '../../../shared/domain/exchange';
import { newRegionId } from '../../../shared/domain/new-region-id';
import { shapeBounds } from '../../../shared/geometry/shape-check';
import { MuragatError } from '../../../shared/rpc/errors';
import { detectAnnotationFormat } from '../formats/exchange/detect-annotation-format';
import type { ParsedPage } from '../formats/exchange/import-types';
import { placeOnPage } from '../formats/exchange/place-on-page';
import { readAlto } from '../formats/alto/read-alto';
import { readPageXml } from '../formats/page-xml/read-page';
import { readW3c } from '../formats/w3c/read-w3c';
import { findDocument } from '../library/documents';
import { saveRegions } from '../library/regions';
import type { LibraryStore } from '../store/library-store';
import { choosePage } from './choose-page';

/** A region's outline and text, to know one already on the page: its bounds to the pixel. */
function sameness(content: Pick<RegionContent, 'shape' | 'text'>): string {
  const b = shapeBounds(content.shape);
  return [b.x, b.y, b.width, b.height].map(Math.round).join(',') + '\n' + content.text;
}

function parse(content: string): { format: AnnotationImportReport['format']; pages: ParsedPage[] } {
  try {
    const format = detectAnnotationFormat(content);
    const pages = format === 'w3c' ? readW3c(content) : [format === 'alto' ? readAlto(content) : readPageXml(content)];
    return { format, pages };
  } catch (error) {
    if (error instanceof MuragatError) throw error;
    throw new MuragatError('unsupported-format', (error as Error).message);
  }
}

export interface ImportedAnnotations {
  report: AnnotationImportReport;
  /** The regions added, for the events that tell search, seals and other windows. */
  regionIds: string[];
}

/**
 * Reads PAGE XML, ALTO or W3C annotations onto a document's pages as new draft regions, all in
 * one save (all or nothing). Regions already on a page with the same outline and text are not
 * added again; what the file held and was not taken is reported with the reason.
 */
export async function importAnnotations(store: LibraryStore, request: z.output<typeof AnnotationImportRequest>): Promise<ImportedAnnotations> {
  const doc = findDocument(store, request.docId);
  const { format, pages } = parse(request.content);
  const existing = (await store.readShard(doc.id)).regions;
  const changes: RegionChange[] = [];
  const report: AnnotationImportReport = { format, pages: [] };
  for (const parsed of pages) {
    const index = choosePage(doc, parsed, pages.length === 1 ? request.page : undefined);
    const page = doc.pages[index];
    if (!page) continue;
    let placed;
    try {
      placed = placeOnPage(parsed, page);
    } catch (error) {
      throw new MuragatError('invalid-argument', (error as Error).message);
    }
    const onPage = existing.filter((region: Region) => region.page === index);
    const known = new Set(onPage.map(sameness));
    const firstOrder = onPage.reduce((max, region) => Math.max(max, region.order + 1), 0);
    const added: string[] = [];
    let alreadyThere = 0;
    for (const region of placed.regions) {
      if (known.has(sameness(region))) {
        alreadyThere++;
        continue;
      }
      const id = newRegionId();
      changes.push({ op: 'put', id, baseRevision: 0, content: { ...region, page: index, order: firstOrder + added.length } });
      added.push(id);
    }
    report.pages.push({ page: index, added, alreadyThere, skipped: placed.skipped, notes: placed.notes });
  }
  if (changes.length === 0) return { report, regionIds: [] };
  const result = await saveRegions(store, { docId: doc.id, author: request.author, changes });
  if (!result.ok) throw new MuragatError('internal', 'The imported regions could not be saved: new region ids met stored ones.');
  return { report, regionIds: changes.map((change) => change.id) };
}
