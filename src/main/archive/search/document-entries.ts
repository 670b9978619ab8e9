import type { Region } from '../../../shared/domain/annotations';
import type { ArchiveDocument } from '../../../shared/domain/document';
import { documentEntry, pageEntry, regionEntry, type IndexEntry } from './entries';
import type { PdfTextCache } from './pdf-text-cache';

export interface DocumentEntries {
  entries: IndexEntry[];
  /** False when a PDF's text could not be read: the entries lack it, and the next open tries again. */
  complete: boolean;
}

/** Every entry of a document: its description, its regions, and each PDF page's text layer. */
export async function documentEntries(doc: ArchiveDocument, regions: readonly Region[], pdfText: PdfTextCache, log: (message: string) => void): Promise<DocumentEntries> {
  const entries = [documentEntry(doc), ...regions.map((region) => regionEntry(doc.id, region))];
  let complete = true;
  const texts = new Map<number, string[]>();
  for (const [index, source] of doc.sources.entries()) {
    if (source.format !== 'pdf') continue;
    try {
      texts.set(index, await pdfText.pages(source));
    } catch (error) {
      complete = false;
      log(`the text layer of ${source.originalName} in ${doc.id} cannot be read for search: ${(error as Error).message}`);
    }
  }
  for (const [index, page] of doc.pages.entries()) {
    const text = texts.get(page.source)?.[page.sourcePage - 1];
    if (text) entries.push(pageEntry(doc.id, index, text));
  }
  return { entries, complete };
}
