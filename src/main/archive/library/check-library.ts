import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckReport, CheckProblem } from '../../../shared/contract';
import { annotationFileOf } from '../store/layout';
import type { LibraryStore } from '../store/library-store';
import { toMuragatError } from '../to-muragat-error';
import { hashFile, incomingDir } from './import/managed-files';
import { missingPreviews } from './repair';

/**
 * Verifies a library: every managed file present with its size and SHA-256, every annotation
 * shard readable with its journal. The library is sound when no problem is an error.
 */
export async function checkLibrary(store: LibraryStore): Promise<CheckReport> {
  const problems: CheckProblem[] = [];
  const { documents } = store.catalog();
  const known = new Set<string>();
  let filesChecked = 0;

  for (const doc of documents) {
    for (const source of doc.sources) {
      const path = store.layout.managedFile(source.sha256, source.format);
      known.add(path);
      const where = { docId: doc.id, file: relative(store, path) };
      try {
        const { size } = await stat(path);
        filesChecked++;
        if (size !== source.size) {
          problems.push({ severity: 'error', kind: 'size-mismatch', ...where, message: `expected ${source.size} bytes, found ${size}` });
        } else if ((await hashFile(path)) !== source.sha256) {
          problems.push({ severity: 'error', kind: 'hash-mismatch', ...where, message: 'the content does not match its SHA-256' });
        }
      } catch (error) {
        problems.push({ severity: 'error', kind: 'missing-file', ...where, message: toMuragatError(error).message });
      }
    }
  }

  const docIds = new Set(documents.map((doc) => doc.id));
  let shardsChecked = 0;
  // A journal is part of its shard: reading the shard replays it (a damaged line is reported as a recovery).
  const shards = new Map<string, string>();
  for (const name of await listFiles(store.layout.annotations)) {
    const entry = annotationFileOf(name);
    if (!entry) continue;
    const file = relative(store, join(store.layout.annotations, name));
    if (!docIds.has(entry.docId)) {
      problems.push({ severity: 'warning', kind: 'orphan-shard', file, message: `${entry.kind === 'journal' ? 'a journal of annotations' : 'annotations'} for a document that is not in the catalog` });
    } else if (entry.kind === 'shard' || !shards.has(entry.docId)) {
      shards.set(entry.docId, file);
    }
  }
  for (const [docId, file] of shards) {
    try {
      await store.readShard(docId);
      shardsChecked++;
    } catch (error) {
      problems.push({ severity: 'error', kind: 'unreadable-shard', docId, file, message: toMuragatError(error).message });
    }
  }

  for (const { docId, pages } of missingPreviews(store)) {
    problems.push({
      severity: 'warning',
      kind: 'missing-preview',
      docId,
      file: 'cache/',
      message: `no preview for page${pages.length > 1 ? 's' : ''} ${pages.map((p) => p + 1).join(', ')}: run muragat check --repair`,
    });
  }

  for (const recovery of store.recoveries) {
    problems.push({ severity: 'warning', kind: 'recovered', file: relative(store, recovery.file), message: recovery.detail });
  }

  for (const path of await listManagedFiles(store)) {
    if (!known.has(path)) {
      problems.push({ severity: 'warning', kind: 'stray-file', file: relative(store, path), message: 'a managed file no document uses' });
    }
  }

  return {
    sound: !problems.some((p) => p.severity === 'error'),
    documents: documents.length,
    filesChecked,
    shardsChecked,
    problems,
  };
}

const relative = (store: LibraryStore, path: string) => path.slice(store.layout.root.length + 1);

async function listFiles(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
}

async function listManagedFiles(store: LibraryStore): Promise<string[]> {
  const out: string[] = [];
  for (const bucket of await listFiles(store.layout.files)) {
    const dir = join(store.layout.files, bucket);
    if (dir === incomingDir(store.layout)) continue;
    for (const name of await listFiles(dir)) out.push(join(dir, name));
  }
  return out;
}
