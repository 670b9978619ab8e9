import type { SearchField } from '../../../shared/contract';
import type { Region } from '../../../shared/domain/annotations';
import type { ArchiveDocument } from '../../../shared/domain/document';
import type { LibraryStore } from '../store/library-store';
import { documentText, regionTexts, type EntryRef, type IndexedField } from './entries';
import type { PdfTextCache } from './pdf-text-cache';

export interface HitText {
  page: number;
  regionId?: string;
  field: SearchField;
  text: string;
}

/**
 * The original text a hit was found in, read at query time for the hits shown only: regions
 * from the store's shards, descriptions from the catalogue, page text from the PDF text cache.
 * The index keeps no text, so its memory is the postings alone. Null when it is gone (a region
 * deleted since).
 */
export class HitTexts {
  private readonly regions = new Map<string, Promise<Map<string, Region>>>();

  constructor(
    private readonly store: LibraryStore,
    private readonly pdfText: PdfTextCache,
    private readonly documents: ReadonlyMap<string, ArchiveDocument>,
  ) {}

  async of(ref: EntryRef, field: IndexedField): Promise<HitText | null> {
    const doc = this.documents.get(ref.docId);
    if (!doc) return null;
    if (ref.type === 'document') {
      return field === 'tags' ? { page: 0, field, text: doc.tags.join(', ') } : { page: 0, field: 'metadata', text: documentText(doc) };
    }
    if (ref.type === 'page') {
      const page = doc.pages[ref.page];
      const source = page && doc.sources[page.source];
      if (!page || !source) return null;
      const text = (await this.pdfText.pages(source).catch(() => []))[page.sourcePage - 1];
      return text === undefined ? null : { page: ref.page, field: 'pdf-text', text };
    }
    const region = (await this.regionsOf(ref.docId)).get(ref.regionId);
    if (!region) return null;
    const texts = regionTexts(region);
    const own = field === 'metadata' ? 'text' : field;
    return { page: region.page, regionId: region.id, field: own, text: texts[own] };
  }

  private regionsOf(docId: string): Promise<Map<string, Region>> {
    let regions = this.regions.get(docId);
    if (!regions) {
      regions = this.store.readShard(docId).then((shard) => new Map(shard.regions.map((region) => [region.id, region])));
      this.regions.set(docId, regions);
    }
    return regions;
  }
}
