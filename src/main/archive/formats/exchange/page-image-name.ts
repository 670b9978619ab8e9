import type { ArchiveDocument } from '../../../../shared/domain/document';
import { pageTag } from './reading-order';

/**
 * The file name exports give a page's image (PAGE imageFilename, ALTO fileName, TEI graphic):
 * a one-page scan keeps the name it was imported under, so a PAGE file made from it by another
 * tool names the same image; a page of a multi-page scan is `<docId>-p0003.<ext>` (a PDF page
 * as the JPEG it would be rendered to). Imports match names both ways (exchange/choose-page.ts).
 */
export function pageImageName(doc: ArchiveDocument, index: number): string {
  const page = doc.pages[index];
  const source = page && doc.sources[page.source];
  if (source && source.pageCount === 1 && source.format !== 'pdf') return source.originalName;
  const ext = !source || source.format === 'pdf' ? 'jpg' : source.format === 'jpeg' ? 'jpg' : source.format === 'tiff' ? 'tif' : source.format;
  return `${doc.id}-${pageTag(index)}.${ext}`;
}
