import type { Catalog, Collection, Seal } from '../../../shared/domain/catalog';
import type { ArchiveDocument } from '../../../shared/domain/document';
import type { BundleManifest, BundleShard } from './bundle-manifest';

/** What a bundle adds to the catalogue, in one durable write. */
export interface CatalogAdditions {
  documents: ArchiveDocument[];
  collections: Collection[];
  seals: Seal[];
}

/**
 * The collections the added documents are shelved in (with their ancestors, parents first)
 * that this library lacks; a collection it has is kept as it is here. The documents merged
 * into ours keep our shelving, so theirs brings none.
 */
function newCollections(catalog: Readonly<Catalog>, manifest: BundleManifest, added: readonly ArchiveDocument[]): Collection[] {
  const ours = new Set(catalog.collections.map((c) => c.id));
  const theirs = new Map(manifest.collections.map((c) => [c.id, c]));
  const picked = new Map<string, Collection>();
  for (const id of added.flatMap((doc) => doc.collections)) {
    const chain: Collection[] = [];
    for (let c = theirs.get(id); c && !ours.has(c.id) && !picked.has(c.id); c = c.parent === undefined ? undefined : theirs.get(c.parent)) chain.push(c);
    for (const c of chain.reverse()) picked.set(c.id, c);
  }
  return [...picked.values()];
}

/**
 * The seals named by the regions coming in that this library lacks. A seal's reference image
 * is kept only where its page will be here; a seal this library has is kept as it is here.
 */
function newSeals(catalog: Readonly<Catalog>, manifest: BundleManifest, added: readonly ArchiveDocument[], shards: readonly BundleShard[]): Seal[] {
  const ours = new Set(catalog.seals.map((s) => s.id));
  const named = new Set(shards.flatMap((shard) => shard.regions.flatMap((r) => (r.sealId === undefined ? [] : [r.sealId]))));
  const pages = new Map([...catalog.documents.filter((d) => d.deletedAt === undefined), ...added].map((d) => [d.id, d.pages.length]));
  return manifest.seals
    .filter((seal) => named.has(seal.id) && !ours.has(seal.id))
    .map(({ image, ...seal }) => (image && image.page < (pages.get(image.docId) ?? 0) ? { ...seal, image } : seal));
}

/** What the catalogue gains: the documents new here, and the collections and seals their regions and those merged need. */
export function catalogAdditions(catalog: Readonly<Catalog>, manifest: BundleManifest, added: readonly ArchiveDocument[], shards: readonly BundleShard[]): CatalogAdditions {
  return {
    documents: [...added],
    collections: newCollections(catalog, manifest, added),
    seals: newSeals(catalog, manifest, added, shards),
  };
}
