import { rm, unlink } from 'node:fs/promises';
import type { IncomingRegion } from '../../../shared/domain/annotations';
import type { SourceFile } from '../../../shared/domain/document';
import type { ImportContext } from '../library/import/import-files';
import { commitStagedFile, discardStagedFile, type StagedFile } from '../library/import/managed-files';
import { damagedBundle, throwIfCancelled } from './bundle-errors';
import type { CatalogAdditions } from './catalog-additions';
import { mergeShard } from './merge-regions';
import type { OpenedBundle } from './read-bundle';

export interface AddProgress {
  /** One file staged or one document's annotations written: `what` is its name or title. */
  step: (what: string) => void;
  signal?: AbortSignal;
}

/** What the catalogue write added, each counted once. */
export interface Added {
  docIds: string[];
  collections: number;
  seals: number;
}

/** Previews and thumbnails for the pages of a scan, made as an import makes them; the page count is checked against the bundle's. */
async function preparePreviews(ctx: Pick<ImportContext, 'store' | 'preparer'>, bundle: OpenedBundle, source: SourceFile, staged: StagedFile, signal: AbortSignal | undefined): Promise<void> {
  const prepared = await ctx.preparer.prepare(
    {
      path: staged.path,
      format: source.format,
      sha256: source.sha256,
      libraryRoot: ctx.store.layout.root,
      ...(source.password === undefined ? {} : { password: source.password }),
    },
    () => undefined,
    signal ?? new AbortController().signal,
  );
  if (prepared.pages.length !== source.pageCount) throw damagedBundle(bundle.name, `${source.originalName} has ${prepared.pages.length} pages where the bundle says ${source.pageCount}`);
}

/**
 * Adds documents new to this library, all or nothing: their scans are staged and verified,
 * their previews made and the scans moved into place, their annotations written, and only then
 * the catalogue (with the collections and seals they need) in one durable write. Until that
 * write, a failure or a cancel takes everything back: staged copies, scans and previews nothing
 * else uses, annotation files; after it, there is nothing left to fail.
 */
export async function addDocuments(
  ctx: Pick<ImportContext, 'store' | 'preparer'>,
  bundle: OpenedBundle,
  additions: CatalogAdditions,
  receipt: Omit<IncomingRegion, 'region'>,
  { step, signal }: AddProgress,
): Promise<Added> {
  const { store } = ctx;
  const sources = [...new Map(additions.documents.flatMap((doc) => doc.sources).map((s) => [s.sha256, s])).values()];
  let staged = new Map<string, StagedFile>();
  const written: string[] = [];
  let added: Added | undefined;
  try {
    staged = await bundle.stageFiles(
      store.layout,
      sources.map((s) => s.sha256),
      { signal, onFile: (source) => step(source.originalName) },
    );
    const stagedSources = sources.flatMap((source) => {
      const file = staged.get(source.sha256);
      return file ? [{ source, file }] : [];
    });
    for (const { source, file } of stagedSources) await preparePreviews(ctx, bundle, source, file, signal);
    throwIfCancelled(signal, 'The bundle import');
    for (const { source, file } of stagedSources) await commitStagedFile(store.layout, file, source.format);
    for (const doc of additions.documents) {
      const theirs = bundle.shards.get(doc.id);
      // Written whole, over any orphan a crash left under this id.
      await store.updateShard(doc.id, (draft) => {
        draft.regions = [];
        draft.history = {};
        delete draft.incoming;
        if (theirs) mergeShard(draft, theirs, receipt);
        return undefined;
      });
      written.push(doc.id);
      step(doc.title);
    }
    throwIfCancelled(signal, 'The bundle import');
    added = await writeCatalog(ctx, additions);
    return added;
  } finally {
    // After a commit the staged copies are gone already: this only clears what was not moved.
    for (const file of staged.values()) await discardStagedFile(file);
    if (!added) {
      for (const docId of written) await store.removeShard(docId).catch(() => undefined);
      const used = new Set(store.catalog().documents.flatMap((doc) => doc.sources.map((s) => s.sha256)));
      for (const source of sources.filter((s) => !used.has(s.sha256))) {
        await unlink(store.layout.managedFile(source.sha256, source.format)).catch(() => undefined);
        await rm(store.layout.pageCacheDir(source.sha256), { recursive: true, force: true });
      }
    }
  }
}

/** One durable write; ids already there (added meanwhile) are not added twice. */
async function writeCatalog({ store }: Pick<ImportContext, 'store'>, additions: CatalogAdditions): Promise<Added> {
  const added: Added = { docIds: [], collections: 0, seals: 0 };
  if (additions.documents.length + additions.collections.length + additions.seals.length === 0) return added;
  await store.updateCatalog((draft) => {
    const docIds = new Set(draft.documents.map((d) => d.id));
    const collectionIds = new Set(draft.collections.map((c) => c.id));
    const sealIds = new Set(draft.seals.map((s) => s.id));
    const documents = additions.documents.filter((d) => !docIds.has(d.id));
    const collections = additions.collections.filter((c) => !collectionIds.has(c.id));
    const seals = additions.seals.filter((s) => !sealIds.has(s.id));
    draft.documents.push(...documents);
    draft.collections.push(...collections);
    draft.seals.push(...seals);
    Object.assign(added, { docIds: documents.map((d) => d.id), collections: collections.length, seals: seals.length });
  });
  return added;
}
