import type { SearchField } from '../../../shared/contract';
import type { Region } from '../../../shared/domain/annotations';
import type { ArchiveDocument, SourceFile } from '../../../shared/domain/document';
import type { LibraryStore } from '../store/library-store';
import { DOCUMENT_FIELDS, REGION_FIELDS, documentText, regionText, type EntryRef, type RegionField } from './entries';
import { makeSnippet, matchedSnippet, type Snippet } from './snippet';
import type { PdfTextCache } from './pdf-text-cache';

export interface HitText {
  page: number;
  regionId?: string;
  field: SearchField;
  text: string;
}

/** A shard's regions by id, kept while the store keeps that list (a save replaces it): searches look up many regions of one shard. */
const regionsById = new WeakMap<readonly Region[], Map<string, Region>>();

/** The text a hit is shown from, cut to a snippet. */
export interface ShownText extends HitText {
  shown: Snippet;
}

const isRegionField = (field: SearchField): field is RegionField => (REGION_FIELDS as readonly SearchField[]).includes(field);
const PAGE_FIELDS: readonly SearchField[] = ['pdf-text'];

interface EntryTexts {
  page: number;
  region?: { regionId: string };
  fields: readonly SearchField[];
  text: (field: SearchField) => string;
}

const hasWords = (text: string) => /\S/u.test(text);

/**
 * The original texts of the hits shown, read at query time: regions from the store's shards,
 * descriptions from the catalogue, page text from the PDF text cache. The index keeps no text,
 * so its memory is the postings alone. `load` reads what the hits need, each shard and PDF
 * once; `shown` then answers at once.
 */
export class HitTexts {
  private readonly regions = new Map<string, Map<string, Region>>();
  private readonly pdfPages = new Map<SourceFile, string[]>();

  constructor(
    private readonly store: LibraryStore,
    private readonly pdfText: PdfTextCache,
    private readonly documents: ReadonlyMap<string, ArchiveDocument>,
  ) {}

  async load(refs: Iterable<EntryRef>): Promise<void> {
    for (const ref of refs) {
      if (ref.type === 'region' && !this.regions.has(ref.docId)) {
        const shard = this.store.shardInMemory(ref.docId) ?? (await this.store.readShard(ref.docId));
        this.regions.set(ref.docId, byId(shard.regions));
      }
      const source = ref.type === 'page' ? this.pdfPageOf(ref.docId, ref.page)?.source : undefined;
      if (source && !this.pdfPages.has(source)) this.pdfPages.set(source, await this.pdfText.pages(source).catch(() => []));
    }
  }

  /**
   * The text a hit is shown from (loaded before): the first of its entry's texts with a word
   * `matches` accepts, cut around it, in this order: a region's transcription, then its
   * entities, comments and tags; a description, then the document's tags. The first text with
   * words when none has one; null when the entry is gone.
   */
  shown(ref: EntryRef, matches: (word: string) => boolean): ShownText | null {
    const where = this.where(ref);
    if (!where) return null;
    let first: { field: SearchField; text: string } | undefined;
    for (const field of where.fields) {
      const text = where.text(field);
      if (!hasWords(text)) continue;
      const shown = matchedSnippet(text, matches);
      if (shown) return { page: where.page, ...where.region, field, text, shown };
      first ??= { field, text };
    }
    return first ? { page: where.page, ...where.region, ...first, shown: makeSnippet(first.text, matches) } : null;
  }

  /** Where an entry is, its fields in the order a hit is shown from them, and each field's text, made when asked. */
  private where(ref: EntryRef): EntryTexts | null {
    const doc = this.documents.get(ref.docId);
    if (!doc) return null;
    if (ref.type === 'document') return { page: 0, fields: DOCUMENT_FIELDS, text: (field) => (field === 'tags' ? doc.tags.join(', ') : documentText(doc)) };
    if (ref.type === 'page') {
      const pdfPage = this.pdfPageOf(ref.docId, ref.page);
      const text = pdfPage && this.pdfPages.get(pdfPage.source)?.[pdfPage.sourcePage - 1];
      return text === undefined ? null : { page: ref.page, fields: PAGE_FIELDS, text: () => text };
    }
    const region = this.regions.get(ref.docId)?.get(ref.regionId);
    return region ? { page: region.page, region: { regionId: region.id }, fields: REGION_FIELDS, text: (field) => (isRegionField(field) ? regionText(region, field) : '') } : null;
  }

  /** The source file a page of a document is in, and which page of it. */
  private pdfPageOf(docId: string, pageIndex: number): { source: SourceFile; sourcePage: number } | undefined {
    const doc = this.documents.get(docId);
    const page = doc?.pages[pageIndex];
    const source = page && doc.sources[page.source];
    return source && { source, sourcePage: page.sourcePage };
  }
}

function byId(regions: readonly Region[]): Map<string, Region> {
  let found = regionsById.get(regions);
  if (!found) {
    found = new Map(regions.map((region) => [region.id, region]));
    regionsById.set(regions, found);
  }
  return found;
}
