import type { SearchField } from '../../../shared/contract';
import type { Region } from '../../../shared/domain/annotations';
import type { ArchiveDocument } from '../../../shared/domain/document';
import type { LibraryStore } from '../store/library-store';
import { documentText, regionTexts, type EntryRef } from './entries';
import type { PdfTextCache } from './pdf-text-cache';

export interface HitText {
  page: number;
  regionId?: string;
  field: SearchField;
  text: string;
}

/** A shard's regions by id, kept while the store keeps that list (a save replaces it): searches look up many regions of one shard. */
const regionsById = new WeakMap<readonly Region[], Map<string, Region>>();

const REGION_FIELDS = ['text', 'entities', 'comments', 'tags'] as const;

const nonEmpty = (texts: HitText[]) => texts.filter((found) => found.text.trim() !== '');

/**
 * The original text a hit was found in, read at query time for the hits shown only: regions
 * from the store's shards, descriptions from the catalogue, page text from the PDF text cache.
 * The index keeps no text, so its memory is the postings alone.
 */
export class HitTexts {
  constructor(
    private readonly store: LibraryStore,
    private readonly pdfText: PdfTextCache,
    private readonly documents: ReadonlyMap<string, ArchiveDocument>,
  ) {}

  /**
   * The texts of the entry a hit is in, in the order a hit is shown from: a region's
   * transcription, then its entities, comments and tags; a description, then the document's tags.
   * Empty ones are left out; none when the entry is gone.
   */
  async of(ref: EntryRef): Promise<HitText[]> {
    const doc = this.documents.get(ref.docId);
    if (!doc) return [];
    if (ref.type === 'document') {
      return nonEmpty([
        { page: 0, field: 'metadata', text: documentText(doc) },
        { page: 0, field: 'tags', text: doc.tags.join(', ') },
      ]);
    }
    if (ref.type === 'page') {
      const page = doc.pages[ref.page];
      const source = page && doc.sources[page.source];
      if (!page || !source) return [];
      const text = (await this.pdfText.pages(source).catch(() => []))[page.sourcePage - 1];
      return text === undefined ? [] : [{ page: ref.page, field: 'pdf-text', text }];
    }
    const region = (await this.regionsOf(ref.docId)).get(ref.regionId);
    if (!region) return [];
    const texts = regionTexts(region);
    return nonEmpty(REGION_FIELDS.map((field) => ({ page: region.page, regionId: region.id, field, text: texts[field] })));
  }

  private async regionsOf(docId: string): Promise<Map<string, Region>> {
    const { regions } = await this.store.readShard(docId);
    let byId = regionsById.get(regions);
    if (!byId) {
      byId = new Map(regions.map((region) => [region.id, region]));
      regionsById.set(regions, byId);
    }
    return byId;
  }
}
