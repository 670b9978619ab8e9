import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { z } from 'zod';
import { DocId } from '../../../shared/domain/ids';
import { writeFileDurably } from '../store/durable-write';
import type { IndexEntry } from './entries';
import { indexOptions } from './index-options';
import { IndexedState } from './indexed-state';

/** Bump when entries, fields or options change shape: an index saved otherwise is rebuilt. */
export const SEARCH_SCHEMA_VERSION = 2;

const INDEX_FILE = /^index-[a-z0-9]+\.json$/;

/** search/manifest.json: which index file is current, and what each document's entries were made from. */
const Manifest = z
  .object({
    schemaVersion: z.literal(SEARCH_SCHEMA_VERSION),
    textTools: z.string(),
    index: z.string().regex(INDEX_FILE),
    documents: z.record(DocId, IndexedState),
  })
  .strict();

/** MiniSearch's own JSON: the small parts checked here, the postings by MiniSearch as it loads them. */
const PlainIndex = z.object({
  documentCount: z.number().int().nonnegative(),
  nextId: z.number().int().nonnegative(),
  documentIds: z.record(z.string(), z.string()),
  fieldIds: z.record(z.string(), z.number()),
  fieldLength: z.custom<AsPlainObject['fieldLength']>((v) => typeof v === 'object' && v !== null, 'fieldLength must be an object'),
  // A field no entry has yet is a hole in MiniSearch's array, null in JSON; MiniSearch reads it as 0.
  averageFieldLength: z.array(z.number().nullable()).transform((lengths) => lengths.map((length) => length ?? 0)),
  storedFields: z.custom<AsPlainObject['storedFields']>((v) => typeof v === 'object' && v !== null, 'storedFields must be an object'),
  dirtCount: z.number().optional(),
  index: z.custom<AsPlainObject['index']>((v) => Array.isArray(v), 'index must be an array'),
  serializationVersion: z.number(),
});

export interface SavedIndex {
  index: MiniSearch<IndexEntry>;
  /** Document id → what the entries saved for it were made from. */
  documents: Map<string, IndexedState>;
  /** Every entry id in the index, to know each document's entries. */
  entryIds: string[];
}

/**
 * The saved index, or why it cannot be used (missing, damaged, another schema or other text
 * tools): the caller rebuilds then. Either file may be read while a writer replaces them; the
 * manifest names its index file, which is only removed after a newer manifest names another.
 */
export async function readSavedIndex(dir: string, textTools: string): Promise<SavedIndex | { unusable: string }> {
  try {
    const manifest = Manifest.safeParse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
    if (!manifest.success) return { unusable: `its manifest is not this version's (${manifest.error.issues[0]?.message ?? 'invalid'})` };
    if (manifest.data.textTools !== textTools) return { unusable: 'the text tools have changed since it was made' };
    const plain = PlainIndex.safeParse(JSON.parse(await readFile(join(dir, manifest.data.index), 'utf8')));
    if (!plain.success) return { unusable: `its index file is damaged (${plain.error.issues[0]?.message ?? 'invalid'})` };
    return {
      index: MiniSearch.loadJS(plain.data, indexOptions),
      documents: new Map(Object.entries(manifest.data.documents)),
      entryIds: Object.values(plain.data.documentIds),
    };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { unusable: code === 'ENOENT' ? 'there is none' : `it cannot be read (${(error as Error).message})` };
  }
}

/**
 * Writes a new index file, then the manifest naming it (both durably), then removes older index files.
 * `index` is MiniSearch's JSON.
 */
export async function saveIndex(dir: string, textTools: string, index: string, documents: ReadonlyMap<string, IndexedState>): Promise<void> {
  const name = `index-${Date.now().toString(36)}${randomBytes(4).toString('hex')}.json`;
  await writeFileDurably(join(dir, name), index);
  const manifest: z.input<typeof Manifest> = { schemaVersion: SEARCH_SCHEMA_VERSION, textTools, index: name, documents: Object.fromEntries(documents) };
  await writeFileDurably(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const stale = (await readdir(dir)).filter((file) => file.startsWith('index-') && file !== name);
  await Promise.all(stale.map((file) => rm(join(dir, file), { force: true })));
}
