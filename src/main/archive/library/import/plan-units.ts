import { stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import type { LibraryLayout } from '../../store/layout';
import { collectFiles } from './collect-files';
import { resolveUpload } from './uploads';

/** One document to be: its title, the files that become its pages, and how results name it. */
export interface ImportUnit {
  /** What the result and progress report as the path: the file, the folder or the upload's name. */
  label: string;
  title: string;
  files: { path: string; name: string }[];
  /** Uploads to delete once the document exists. */
  uploads: string[];
}

const titleOf = (name: string) => basename(name, extname(name)) || name;

/**
 * Turns the request into documents: each file one document, or, grouping by folder, the scans
 * directly in each folder one document, pages in natural order of their names.
 */
export async function planUnits(
  layout: LibraryLayout,
  request: { paths: readonly string[]; uploads: readonly string[]; grouping: 'file' | 'folder'; title?: string },
): Promise<ImportUnit[]> {
  const units: ImportUnit[] = [];
  for (const path of request.paths) {
    const files = await collectFiles([path]);
    const isFolder = await stat(path).then((s) => s.isDirectory(), () => false);
    if (request.grouping === 'folder' && isFolder) {
      const byFolder = new Map<string, string[]>();
      for (const file of files) byFolder.set(dirname(file), [...(byFolder.get(dirname(file)) ?? []), file]);
      for (const [folder, inFolder] of byFolder) {
        units.push({ label: folder, title: basename(folder), files: inFolder.map((p) => ({ path: p, name: basename(p) })), uploads: [] });
      }
    } else {
      for (const file of files) units.push({ label: file, title: titleOf(basename(file)), files: [{ path: file, name: basename(file) }], uploads: [] });
    }
  }
  const uploaded = await Promise.all(request.uploads.map(async (id) => ({ id, ...(await resolveUpload(layout, id)) })));
  if (request.grouping === 'folder' && uploaded.length > 0) {
    const first = uploaded[0]?.name ?? 'upload';
    units.push({ label: first, title: request.title ?? titleOf(first), files: uploaded.map(({ path, name }) => ({ path, name })), uploads: uploaded.map((u) => u.id) });
  } else {
    for (const upload of uploaded) units.push({ label: upload.name, title: titleOf(upload.name), files: [{ path: upload.path, name: upload.name }], uploads: [upload.id] });
  }
  return units;
}
