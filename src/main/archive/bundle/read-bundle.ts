import { basename } from 'node:path';
import type { Entry, ZipFile } from 'yauzl';
import type { z } from 'zod';
import { AnnotationShard } from '../../../shared/domain/annotations';
import type { SourceFile } from '../../../shared/domain/document';
import { issuesFrom, MuragatError } from '../../../shared/rpc/errors';
import { discardStagedFile, stageStream, type StagedFile } from '../library/import/managed-files';
import type { LibraryLayout } from '../store/layout';
import { shardSpec } from '../store/schema-versions';
import { damagedBundle, readFailure, throwIfCancelled } from './bundle-errors';
import { BUNDLE_VERSION, BundleHeader, BundleManifest, type BundleShard } from './bundle-manifest';
import { fileEntryName, MANIFEST_NAME, parseEntryName, shardEntryName, unsafeNameReason, type BundleEntry } from './bundle-names';
import { entryStream, openZip, readEntryBytes } from './zip-reader';

/** Sizes no bundle has: a zip claiming more is damaged or hostile, and is refused before anything is read. */
const LIMITS: Record<BundleEntry['kind'], number> = {
  manifest: 64 * 1024 ** 2,
  shard: 256 * 1024 ** 2,
  file: 64 * 1024 ** 3,
};
const MAX_ENTRIES = 1_000_000;

export interface StageOptions {
  signal?: AbortSignal;
  /** Called as each file is staged and verified. */
  onFile?: (source: SourceFile) => void;
}

/** A bundle whose every name, its manifest and its shards have been checked; its scans are read on demand. */
export interface OpenedBundle {
  /** The bundle's file name, for reports and incoming records. */
  readonly name: string;
  readonly manifest: BundleManifest;
  readonly shards: ReadonlyMap<string, BundleShard>;
  /**
   * Extracts the scans with these hashes into the library's incoming folder, each verified
   * against its SHA-256 as it is copied: all of them, or (on any failure) none.
   */
  readonly stageFiles: (layout: LibraryLayout, sha256s: readonly string[], options?: StageOptions) => Promise<Map<string, StagedFile>>;
  readonly close: () => void;
}

type Entries = Map<string, Entry>;

/**
 * Opens a transfer bundle and checks everything but the scans' contents: names (nothing may
 * point outside the bundle, nothing unexpected, nothing twice), sizes, bundle.json and every
 * shard against the project's schemas. Writes nothing.
 */
export async function openBundle(path: string, signal?: AbortSignal): Promise<OpenedBundle> {
  const name = basename(path);
  const zip = await openZip(path).catch((error: unknown) => {
    throw readFailure(name, error);
  });
  try {
    const entries = await listEntries(zip, name, signal);
    const manifest = await readManifest(zip, entries, name, signal);
    const sources = checkEntrySet(entries, manifest, name);
    const shards = new Map<string, BundleShard>();
    for (const doc of manifest.documents) shards.set(doc.id, await readShardEntry(zip, entries, manifest, doc.id, name, signal));
    return {
      name,
      manifest,
      shards,
      stageFiles: (layout, sha256s, options = {}) => stageFiles(zip, entries, sources, name, layout, sha256s, options),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw readFailure(name, error);
  }
}

async function listEntries(zip: ZipFile, bundle: string, signal: AbortSignal | undefined): Promise<Entries> {
  if (zip.entryCount > MAX_ENTRIES) throw damagedBundle(bundle, `it claims ${zip.entryCount} entries`);
  const entries: Entries = new Map();
  const unexpected: string[] = [];
  for await (const entry of zip.eachEntry()) {
    throwIfCancelled(signal, 'The bundle import');
    const name = entry.fileName;
    const unsafe = unsafeNameReason(name);
    if (unsafe) throw damagedBundle(bundle, `the entry "${name}" points outside the bundle: ${unsafe}`);
    if (entries.has(name)) throw damagedBundle(bundle, `the entry "${name}" is there twice`);
    const kind = parseEntryName(name)?.kind;
    if (!kind) {
      unexpected.push(name);
      continue;
    }
    if (entry.uncompressedSize > LIMITS[kind]) throw damagedBundle(bundle, `the entry "${name}" claims ${entry.uncompressedSize} bytes, more than a bundle ever holds`);
    if (entry.isEncrypted()) throw damagedBundle(bundle, `the entry "${name}" is encrypted`);
    entries.set(name, entry);
  }
  if (!entries.has(MANIFEST_NAME)) throw new MuragatError('unsupported-format', `${bundle} is not a Muragat bundle: it has no ${MANIFEST_NAME}. Nothing was imported.`);
  if (unexpected.length > 0) throw damagedBundle(bundle, `it holds entries a bundle never has: ${unexpected.slice(0, 5).join(', ')}`);
  return entries;
}

async function readJson(zip: ZipFile, entries: Entries, entryName: string, bundle: string, signal: AbortSignal | undefined): Promise<unknown> {
  const entry = entries.get(entryName);
  if (!entry) throw damagedBundle(bundle, `it lacks ${entryName}`);
  const text = (await readEntryBytes(zip, entry, signal)).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw damagedBundle(bundle, `${entryName} is not valid JSON (${(error as Error).message})`);
  }
}

const describeIssues = (error: z.ZodError) =>
  issuesFrom(error)
    .slice(0, 5)
    .map((issue) => `${issue.path}: ${issue.message}`)
    .join('; ');

async function readManifest(zip: ZipFile, entries: Entries, bundle: string, signal: AbortSignal | undefined): Promise<BundleManifest> {
  const raw = await readJson(zip, entries, MANIFEST_NAME, bundle, signal);
  const header = BundleHeader.safeParse(raw);
  if (!header.success) throw new MuragatError('unsupported-format', `${bundle} is not a Muragat bundle: its ${MANIFEST_NAME} does not say so. Nothing was imported.`);
  if (header.data.version > BUNDLE_VERSION) {
    throw new MuragatError('unsupported-format', `${bundle} was made by a newer Muragat (bundle version ${header.data.version}); update Muragat to import it. Nothing was imported.`);
  }
  const manifest = BundleManifest.safeParse(raw);
  if (!manifest.success) throw damagedBundle(bundle, `${MANIFEST_NAME} is not valid (${describeIssues(manifest.error)})`);
  return manifest.data;
}

/** The entries must be exactly those the manifest names; returns each scan's entry name and catalog record, by hash. */
function checkEntrySet(entries: Entries, manifest: BundleManifest, bundle: string): Map<string, { entryName: string; source: SourceFile }> {
  const sources = new Map<string, { entryName: string; source: SourceFile }>();
  for (const source of manifest.documents.flatMap((doc) => doc.sources)) sources.set(source.sha256, { entryName: fileEntryName(source.sha256, source.format), source });
  const expected = new Set([MANIFEST_NAME, ...manifest.documents.map((doc) => shardEntryName(doc.id)), ...[...sources.values()].map((s) => s.entryName)]);
  for (const name of expected) if (!entries.has(name)) throw damagedBundle(bundle, `it lacks ${name}`);
  for (const name of entries.keys()) if (!expected.has(name)) throw damagedBundle(bundle, `${name} belongs to no document in it`);
  for (const { entryName, source } of sources.values()) {
    const size = entries.get(entryName)?.uncompressedSize;
    if (size !== source.size) throw damagedBundle(bundle, `${entryName} has ${size} bytes where ${MANIFEST_NAME} says ${source.size}`);
  }
  return sources;
}

async function readShardEntry(zip: ZipFile, entries: Entries, manifest: BundleManifest, docId: string, bundle: string, signal: AbortSignal | undefined): Promise<BundleShard> {
  const entryName = shardEntryName(docId);
  const parsed = AnnotationShard.safeParse(await readJson(zip, entries, entryName, bundle, signal));
  if (!parsed.success) throw damagedBundle(bundle, `${entryName} is not valid (${describeIssues(parsed.error)})`);
  const shard = parsed.data;
  if (shard.schemaVersion !== shardSpec.currentVersion) {
    throw new MuragatError('unsupported-format', `${bundle}: ${entryName} has annotation schema version ${shard.schemaVersion}, this Muragat reads ${shardSpec.currentVersion}. Nothing was imported.`);
  }
  if (shard.docId !== docId) throw damagedBundle(bundle, `${entryName} holds the annotations of document ${shard.docId}`);
  const pageCount = manifest.documents.find((doc) => doc.id === docId)?.pages.length ?? 0;
  const seals = new Set(manifest.seals.map((seal) => seal.id));
  const seen = new Set<string>();
  for (const region of shard.regions) {
    if (seen.has(region.id)) throw damagedBundle(bundle, `${entryName} has region ${region.id} twice`);
    seen.add(region.id);
    if (region.page >= pageCount) throw damagedBundle(bundle, `${entryName}: region ${region.id} is on page ${region.page}, which the document does not have`);
    if (region.sealId !== undefined && !seals.has(region.sealId)) throw damagedBundle(bundle, `${entryName}: region ${region.id} names seal ${region.sealId}, which the bundle lacks`);
  }
  return { docId, regions: shard.regions, history: shard.history };
}

async function stageFiles(
  zip: ZipFile,
  entries: Entries,
  sources: Map<string, { entryName: string; source: SourceFile }>,
  bundle: string,
  layout: LibraryLayout,
  sha256s: readonly string[],
  { signal, onFile }: StageOptions,
): Promise<Map<string, StagedFile>> {
  const staged = new Map<string, StagedFile>();
  try {
    for (const sha256 of sha256s) {
      const known = sources.get(sha256);
      const entry = known && entries.get(known.entryName);
      if (!known || !entry) throw new MuragatError('internal', `${bundle} was asked for a file it does not list (${sha256})`);
      const file = await stageStream(layout, (await entryStream(zip, entry)) as AsyncIterable<Buffer>, () => throwIfCancelled(signal, 'The bundle import'));
      // Kept before it is checked, so that a file that fails the check goes with the rest.
      staged.set(sha256, file);
      if (file.sha256 !== sha256) throw damagedBundle(bundle, `${known.entryName} is not the file it names (its SHA-256 is ${file.sha256})`);
      onFile?.(known.source);
    }
    return staged;
  } catch (error) {
    for (const file of staged.values()) await discardStagedFile(file);
    throw readFailure(bundle, error);
  }
}
