import type { IncomingRegion } from '../../../shared/domain/annotations';
import { MuragatError } from '../../../shared/rpc/errors';
import type { ImportContext } from '../library/import/import-files';
import { toMuragatError } from '../to-muragat-error';
import { addDocuments } from './add-documents';
import type { BundleShard } from './bundle-manifest';
import type { BundleImportReport } from '../../../shared/domain/bundle-report';
import { catalogAdditions } from './catalog-additions';
import { recordMerge, startReport } from './import-report';
import { mergeShard, noMerge, type RegionMerge } from './merge-regions';
import { planDocuments, type DocumentPlan } from './plan-merge';
import { openBundle, type OpenedBundle } from './read-bundle';

/** What a bundle import needs of the service: it shares the import queue, so it never races an import over a new file. */
export type BundleContext = Pick<ImportContext, 'store' | 'events' | 'preparer' | 'queue'>;

export interface ImportBundleOptions {
  /** Called as each scan is staged and each document written: `what` is its name or title. */
  onProgress?: (done: number, total: number, what: string) => void;
  /** Honoured until the catalogue is written; what follows (merging into documents we have, one quick write each) is finished. */
  signal?: AbortSignal;
  /** The bundle's name as its owner knows it, when the file read is a copy (a browser's upload): reports and incoming records say it. */
  name?: string;
}

type Merging = Extract<DocumentPlan, { kind: 'merge' }>;

/**
 * Merges a transfer bundle into the library: new documents are added whole (add-documents.ts),
 * documents we have get their regions merged (merge-regions.ts), the rest are reported
 * (plan-merge.ts). Nothing is written until the whole bundle has been checked; then
 * libraryChanged and annotationsChanged say what changed, so the search index follows.
 */
export async function importBundle(ctx: BundleContext, zipPath: string, options: ImportBundleOptions = {}): Promise<BundleImportReport> {
  if (ctx.store.readOnly) throw new MuragatError('read-only', 'This library is open read-only; nothing was imported.');
  return ctx.queue.run('import', async () => {
    const bundle = await openBundle(zipPath, options.signal);
    try {
      return await merge(ctx, bundle, options);
    } finally {
      bundle.close();
    }
  });
}

async function merge(ctx: BundleContext, bundle: OpenedBundle, { onProgress, signal, name = bundle.name }: ImportBundleOptions): Promise<BundleImportReport> {
  const { store, events } = ctx;
  const receipt = { bundle: name, receivedAt: new Date().toISOString() };
  const plans = planDocuments(store.catalog(), bundle.manifest);
  const report = startReport(name, plans);
  const adding = plans.flatMap((p) => (p.kind === 'add' ? [p.doc] : []));
  const merging = plans.filter((p): p is Merging => p.kind === 'merge');
  const shardsOf = (docIds: readonly string[]) =>
    docIds.flatMap((id): BundleShard[] => {
      const shard = bundle.shards.get(id);
      return shard ? [shard] : [];
    });
  const total = new Set(adding.flatMap((doc) => doc.sources.map((s) => s.sha256))).size + adding.length + merging.length;
  let done = 0;
  const step = (what: string) => onProgress?.(++done, total, what);

  const additions = catalogAdditions(store.catalog(), bundle.manifest, adding, shardsOf([...adding, ...merging.map((p) => p.doc)].map((doc) => doc.id)));
  const added = await addDocuments(ctx, bundle, additions, receipt, { step, signal });
  report.added = adding.filter((doc) => added.docIds.includes(doc.id)).map((doc) => ({ docId: doc.id, title: doc.title }));
  report.collectionsAdded = added.collections;
  report.sealsAdded = added.seals;
  if (added.docIds.length + added.collections + added.seals > 0) events.emit('libraryChanged', { docIds: added.docIds });

  for (const plan of merging) {
    const { ours } = plan;
    const theirs = bundle.shards.get(ours.id);
    try {
      const outcome = theirs ? await mergeInto(ctx, ours.id, theirs, receipt) : noMerge();
      recordMerge(report, plan, outcome);
      if (outcome.changed) events.emit('annotationsChanged', { docId: ours.id, regionIds: [...outcome.added, ...outcome.updated, ...outcome.commented, ...outcome.conflicts] });
    } catch (error) {
      report.problems.push({ docId: ours.id, title: ours.title, message: `its regions were left as they were: ${toMuragatError(error).message}` });
    }
    step(ours.title);
  }
  return report;
}

/** One document's merge, decided inside its shard's queue on the shard as it is: a save arriving meanwhile is merged with, never over. */
async function mergeInto({ store }: BundleContext, docId: string, theirs: BundleShard, receipt: Omit<IncomingRegion, 'region'>): Promise<RegionMerge> {
  let outcome = noMerge();
  await store.updateShard(docId, (draft) => {
    outcome = mergeShard(draft, theirs, receipt);
    return outcome.changed ? undefined : 'unchanged';
  });
  return outcome;
}
