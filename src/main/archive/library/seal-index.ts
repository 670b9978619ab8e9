import { readdir } from 'node:fs/promises';
import type { Region } from '../../../shared/domain/annotations';
import { shapeBounds } from '../../../shared/geometry/shape-check';
import type { LibraryStore } from '../store/library-store';

export interface Occurrence {
  sealId: string;
  docId: string;
  page: number;
  regionId: string;
  /** The impression's box on its page, in the page's grid pixels. */
  bounds: { x: number; y: number; width: number; height: number };
}

export interface SealIndex {
  /** Every seal impression marked in documents not in the trash. */
  occurrences(): Promise<Occurrence[]>;
  /** A document's regions were saved: its impressions are read again from them. */
  update(docId: string, regions: readonly Region[]): void;
}

const impressions = (docId: string, regions: readonly Region[]): Occurrence[] =>
  regions.flatMap((region) => (region.sealId ? [{ sealId: region.sealId, docId, page: region.page, regionId: region.id, bounds: shapeBounds(region.shape) }] : []));

/**
 * The links from seals to their impressions, read from the annotation files once (which hold
 * the links, so the catalogue never disagrees with them) and then kept up to date by each save,
 * instead of reading every document's annotations whenever the seals are shown.
 */
export function createSealIndex(store: LibraryStore): SealIndex {
  let byDoc: Promise<Map<string, Occurrence[]>> | null = null;
  const load = async () => {
    const names = await readdir(store.layout.annotations).catch(() => [] as string[]);
    const known = new Set(store.catalog().documents.map((d) => d.id));
    const map = new Map<string, Occurrence[]>();
    for (const name of names) {
      const docId = name.endsWith('.json') ? name.slice(0, -'.json'.length) : '';
      if (known.has(docId)) map.set(docId, impressions(docId, (await store.readShard(docId)).regions));
    }
    return map;
  };
  const index = () => {
    // A failed read (a damaged annotation file) is not kept: the next look reads again.
    byDoc ??= load().catch((error: unknown) => {
      byDoc = null;
      throw error;
    });
    return byDoc;
  };
  return {
    occurrences: async () => {
      const map = await index();
      const live = new Set(store.catalog().documents.filter((d) => !d.deletedAt).map((d) => d.id));
      return [...map.entries()].filter(([docId]) => live.has(docId)).flatMap(([, found]) => found);
    },
    update: (docId, regions) => {
      // An index whose read fails is read again from the files, which hold this save: nothing to do then.
      void byDoc?.then(
        (map) => map.set(docId, impressions(docId, regions)),
        () => undefined,
      );
    },
  };
}
