import { isDesktop, type GivenFiles } from './import-files';

/** Reads a folder's entries; the API hands them out in batches until an empty one. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const entries: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return entries;
    entries.push(...batch);
  }
}

const isFolder = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory;
const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;

/** Every file under a dropped folder, with its path relative to the folder's parent. */
async function walk(entry: FileSystemEntry, into: GivenFiles['inFolders']): Promise<void> {
  if (isFile(entry)) {
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
    into.push({ file, relativePath: entry.fullPath.replace(/^\//, '') });
  } else if (isFolder(entry)) {
    for (const child of await readAll(entry.createReader())) await walk(child, into);
  }
}

/**
 * What was dropped: files one document each, folders one document per folder. Must be called
 * during the drop event (the browser empties the list afterwards); the folders are read later.
 */
export function droppedFiles(transfer: DataTransfer): () => Promise<GivenFiles> {
  const items = [...transfer.items].filter((item) => item.kind === 'file');
  const taken = items.map((item) => ({ file: item.getAsFile(), entry: item.webkitGetAsEntry() }));
  return async () => {
    const given: GivenFiles = { loose: [], inFolders: [], folders: [] };
    for (const { file, entry } of taken) {
      if (entry && isFolder(entry)) {
        // The desktop app imports a folder by its path; a browser has to read it file by file.
        if (isDesktop() && file) given.folders.push(file);
        else await walk(entry, given.inFolders);
      } else if (file) {
        given.loose.push(file);
      }
    }
    return given;
  };
}
