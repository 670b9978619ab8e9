import type { SearchField } from '../../../shared/contract';
import type { Region } from '../../../shared/domain/annotations';
import type { ArchiveDocument, SourceFile } from '../../../shared/domain/document';
import type { LibraryStore } from '../store/library-store';
import { documentText, regionText, type EntryRef } from './entries';
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

const REGION_FIELDS = ['text', 'entities', 'comments', 'tags'] as const;

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
      if (ref.type === 'region' && !this.regions.has(ref.docId)) this.regions.set(ref.docId, byId((await this.store.readShard(ref.docId)).regions));
      const source = ref.type === 'page' ? this.sourceOf(ref.docId, ref.page) : undefined;
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
    let first: HitText | undefined;
    for (const candidate of this.texts(ref)) {
      if (!hasWords(candidate.text)) continue;
      const shown = matchedSnippet(candidate.text, matches);
      if (shown) return { ...candidate, shown };
      first ??= candidate;
    }
    return first ? { ...first, shown: makeSnippet(first.text, matches) } : null;
  }

  /** The entry's texts, each made only when the one before it had no match. */
  private *texts(ref: EntryRef): Generator<HitText> {
    const doc = this.documents.get(ref.docId);
    if (!doc) return;
    if (ref.type === 'document') {
      yield { page: 0, field: 'metadata', text: documentText(doc) };
      yield { page: 0, field: 'tags', text: doc.tags.join(', ') };
      return;
    }
    if (ref.type === 'page') {
      const page = doc.pages[ref.page];
      const source = this.sourceOf(ref.docId, ref.page);
      const text = page && source ? this.pdfPages.get(source)?.[page.sourcePage - 1] : undefined;
      if (text !== undefined) yield { page: ref.page, field: 'pdf-text', text };
      return;
    }
    const region = this.regions.get(ref.docId)?.get(ref.regionId);
    if (!region) return;
    for (const field of REGION_FIELDS) yield { page: region.page, regionId: region.id, field, text: regionText(region, field) };
  }

  private sourceOf(docId: string, pageIndex: number): SourceFile | undefined {
    const doc = this.documents.get(docId);
    const page = doc?.pages[pageIndex];
    return page && doc.sources[page.source];
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
