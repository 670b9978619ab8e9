import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DocId } from '../../../shared/domain/ids';
import { writeFileDurably } from '../store/durable-write';
import { EntryFacts } from './entries';
import { IndexedState } from './indexed-state';
import { LiveIndex, type IndexContent } from './live-index';

/** Bump when entries, fields or options change shape: an index saved otherwise is rebuilt. */
export const SEARCH_SCHEMA_VERSION = 5;

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

/** FlexSearch's chunks: checked to be chunks here, their postings by postings.ts as they load. */
const Chunks = z.array(z.tuple([z.string(), z.array(z.unknown())]));

/** The index file: LiveIndex's content, the chunks as FlexSearch exported them. */
const SavedContent = z
  .object({
    nextEntry: z.number().int().nonnegative(),
    entries: z.array(z.tuple([z.number().int().nonnegative(), EntryFacts])),
    vocabulary: z.array(z.string()),
    postings: Chunks,
  })
  .strict();

/**
 * The index file's text. FlexSearch exports each chunk as JSON text: it is written into the
 * file as it is, not parsed to be turned to text again.
 */
export function indexFileText(content: IndexContent): string {
  const chunk = ([key, data]: [string, unknown]) => `[${JSON.stringify(key)},${typeof data === 'string' ? data : JSON.stringify(data)}]`;
  return `{"nextEntry":${content.nextEntry},"entries":${JSON.stringify(content.entries)},"vocabulary":${JSON.stringify(content.vocabulary)},"postings":[${content.postings.map(chunk).join(',')}]}`;
}

/**
 * The saved index, or why it cannot be used (missing, damaged, another schema or other text
 * tools): the caller rebuilds then. Either file may be read while a writer replaces them; the
 * manifest names its index file, which is only removed after a newer manifest names another.
 */
export async function readSavedIndex(dir: string, textTools: string): Promise<LiveIndex | { unusable: string }> {
  try {
    const manifest = Manifest.safeParse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
    if (!manifest.success) return { unusable: `its manifest is not this version's (${manifest.error.issues[0]?.message ?? 'invalid'})` };
    if (manifest.data.textTools !== textTools) return { unusable: 'the text tools have changed since it was made' };
    const content = SavedContent.safeParse(JSON.parse(await readFile(join(dir, manifest.data.index), 'utf8')));
    if (!content.success) return { unusable: `its index file is damaged (${content.error.issues[0]?.message ?? 'invalid'})` };
    return new LiveIndex(content.data, new Map(Object.entries(manifest.data.documents)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { unusable: code === 'ENOENT' ? 'there is none' : `it cannot be read (${(error as Error).message})` };
  }
}

/**
 * Writes a new index file (`index`, indexFileText), then the manifest naming it (both durably),
 * then removes older index files.
 */
export async function saveIndex(dir: string, textTools: string, index: string, documents: ReadonlyMap<string, IndexedState>): Promise<void> {
  const name = `index-${Date.now().toString(36)}${randomBytes(4).toString('hex')}.json`;
  await writeFileDurably(join(dir, name), index);
  const manifest: z.input<typeof Manifest> = { schemaVersion: SEARCH_SCHEMA_VERSION, textTools, index: name, documents: Object.fromEntries(documents) };
  await writeFileDurably(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const stale = (await readdir(dir)).filter((file) => file.startsWith('index-') && file !== name);
  await Promise.all(stale.map((file) => rm(join(dir, file), { force: true })));
}
