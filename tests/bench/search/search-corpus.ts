import { join } from 'node:path';
import { openLibraryStore } from '../../../src/main/archive/store/library-store';
import type { Region } from '../../../src/shared/domain/annotations';
import type { ArchiveDocument } from '../../../src/shared/domain/document';
import { tokenize } from '../../../src/shared/text/normalize';
import { benchDocument, benchRegion, random, seedText } from '../kazakh-corpus';

export const DOCUMENTS = 1_000;
export const WORDS = 1_000_000;
const WORDS_PER_DOCUMENT = WORDS / DOCUMENTS;

export interface SearchCorpus {
  documents: ArchiveDocument[];
  /** The regions of each document, in the order of `documents`. */
  regions: Region[][];
}

/** The region cut after its `words`-th word, so each document holds exactly its share. */
function cutAfter(region: Region, words: number): Region {
  const last = tokenize(region.text)[words - 1];
  return last ? { ...region, text: region.text.slice(0, last.end) } : region;
}

/**
 * 1,000 issues (multi-page scans: no PDF text layer, so regions are the only text) of exactly
 * 1,000 words each in regions of 200–600 characters, half in *төте жазу*: the same on every run.
 */
export function searchCorpus(): SearchCorpus {
  const seed = seedText();
  const next = random(1917);
  const documents = Array.from({ length: DOCUMENTS }, (_, n) => benchDocument(n, 'tiff'));
  const regions = documents.map(() => {
    const own: Region[] = [];
    for (let words = 0; words < WORDS_PER_DOCUMENT; ) {
      const region = cutAfter(benchRegion(seed, own.length, next), WORDS_PER_DOCUMENT - words);
      words += tokenize(region.text).length;
      own.push(region);
    }
    return own;
  });
  return { documents, regions };
}

/** The corpus as a library folder, written through the store as the app writes it. */
export async function writeLibrary(dir: string, corpus: SearchCorpus): Promise<string> {
  const root = join(dir, 'library');
  const store = await openLibraryStore(root);
  await store.updateCatalog((catalog) => {
    catalog.documents = corpus.documents;
  });
  for (const [n, doc] of corpus.documents.entries()) {
    await store.updateShard(doc.id, (shard) => {
      shard.regions = corpus.regions[n] ?? [];
    });
  }
  await store.close();
  return root;
}
