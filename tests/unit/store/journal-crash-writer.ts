/**
 * Child process of the journal crash test: saves regions of one document through saveRegions
 * as fast as it can (puts, deletes, now and then a long text whose line spans pages), with
 * journal limits small enough that folds into the shard file happen all the time. It prints
 * "try N ID OP" before save N and "ack N ID REVISION" once the save has answered, so durably.
 * The parent kills it with SIGKILL at a random moment.
 */
import { pathToFileURL } from 'node:url';
import { saveRegions } from '../../../src/main/archive/library/regions';
import { openLibraryStore } from '../../../src/main/archive/store/library-store';
import { SaveRegionsRequest } from '../../../src/shared/contract';

export const CRASH_DOC = 'doc-crash';
const regionIdOf = (n: number) => `r-${String(n % 12).padStart(4, '0')}`;
/** The text save N writes: unique, and every tenth long enough to span several pages of the journal. */
export const textOf = (n: number) => `save ${n};${n % 10 === 0 ? ' Алаш'.repeat(4000) : ''}`;

async function main(library: string, start: number): Promise<void> {
  const store = await openLibraryStore(library, { journalLimits: { lines: 25, bytes: 48 * 1024 } });
  if (store.readOnly) {
    process.stderr.write('library is locked\n');
    process.exit(3);
  }
  for (let n = start + 1; ; n++) {
    const id = regionIdOf(n);
    const current = (await store.readShard(CRASH_DOC)).regions.find((r) => r.id === id);
    const remove = current !== undefined && n % 7 === 0;
    const change = remove
      ? { op: 'delete', id, baseRevision: current.revision }
      : { op: 'put', id, baseRevision: current?.revision ?? 0, content: { page: 0, shape: { type: 'rect', x: 10 * (n % 12), y: 10, width: 50, height: 20 }, kind: 'text', order: n % 12, text: textOf(n), status: 'draft' } };
    process.stdout.write(`try ${n} ${id} ${remove ? 'delete' : 'put'}\n`);
    const result = await saveRegions(store, SaveRegionsRequest.parse({ docId: CRASH_DOC, author: n % 3 === 0 ? 'Бауыржан' : 'Айгүл', changes: [change] }));
    if (!result.ok) throw new Error(`save ${n} conflicted: the writer is the only one`);
    process.stdout.write(`ack ${n} ${id} ${remove ? 0 : (result.saved[0]?.revision ?? -1)}\n`);
  }
}

// Run as a program by the crash test; imported by it for the names above.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [library, start] = process.argv.slice(2);
  if (!library || !start) throw new Error('usage: journal-crash-writer LIBRARY START');
  await main(library, Number(start));
}
