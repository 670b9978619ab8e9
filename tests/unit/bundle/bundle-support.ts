import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ZipFile as ZipWriter } from 'yazl';
import { open as openZip, type Entry } from 'yauzl';
import type { Archive } from '../../../src/main/archive/archive';
import type { BundleContext } from '../../../src/main/archive/bundle/merge-bundle';
import { workerPreparer } from '../../../src/main/archive/library/import/worker-preparer';
import { SerialQueue } from '../../../src/main/archive/store/serial-queue';
import { SaveRegionsRequest, type RegionChangeInput } from '../../../src/shared/contract';
import type { RegionContentInput } from '../../../src/shared/domain/annotations';
import { listTree, openTestArchive, TEST_IMPORT_WORKER } from '../../support/library';
import { tempDir } from '../../support/temp-dir';

/** A region as the editor sends it, on a page of 300 × 400. */
export const content = (over: Partial<RegionContentInput> = {}): RegionContentInput => ({
  page: 0,
  shape: { type: 'rect', x: 10, y: 20, width: 50, height: 30 },
  kind: 'text',
  order: 0,
  text: 'Алаш автономиясы',
  status: 'draft',
  ...over,
});

export const put = (id: string, baseRevision: number, over: Partial<RegionContentInput> = {}): RegionChangeInput => ({ op: 'put', id, baseRevision, content: content(over) });

/** Saves through the contract's own parsing, as every client does; the save must work. */
export async function save(archive: Archive, docId: string, changes: RegionChangeInput[], author = 'Айгүл'): Promise<void> {
  const result = await archive.service.saveRegions(SaveRegionsRequest.parse({ docId, author, changes }));
  if (!result.ok) throw new Error(`the save should have worked: ${JSON.stringify(result.conflicts)}`);
}

export const regionsOf = async (archive: Archive, docId: string) => (await archive.service.getAnnotations({ docId })).regions;

/** One library as the app opens it, with what a bundle import needs of the service. */
export interface TestLibrary {
  archive: Archive;
  ctx: BundleContext;
  events: { name: string; payload: unknown }[];
  close: () => Promise<void>;
}

export async function openLibrary(path: string): Promise<TestLibrary> {
  const archive = await openTestArchive(path);
  const preparer = workerPreparer(TEST_IMPORT_WORKER);
  const events: TestLibrary['events'] = [];
  const unsubscribe = archive.events.subscribe((name, payload) => events.push({ name, payload }));
  return {
    archive,
    ctx: { store: archive.store, events: archive.events, preparer, queue: new SerialQueue() },
    events,
    close: async () => {
      unsubscribe();
      await preparer.close();
      await archive.close();
    },
  };
}

/**
 * A test's whole world in one folder: libraries a and b, scans, bundles. Everything an
 * operation writes must be inside it, so listing it proves nothing was written elsewhere.
 */
export async function world() {
  const dir = await tempDir('muragat-bundle-');
  const scans = join(dir.path, 'scans');
  const bundles = join(dir.path, 'bundles');
  await mkdir(scans);
  await mkdir(bundles);
  return {
    root: dir.path,
    scans,
    bundles,
    a: await openLibrary(join(dir.path, 'a')),
    b: await openLibrary(join(dir.path, 'b')),
    cleanup: dir.cleanup,
  };
}

/** Every file under `root` except inside `skip` (a library folder whose own changes are checked apart). */
export const treeOutside = async (root: string, skip: string) => (await listTree(root)).filter((path) => !path.startsWith(`${skip}/`));

/** A zip's entries, read back whole. */
export function readZip(path: string): Promise<{ name: string; data: Buffer }[]> {
  return new Promise((resolve, reject) => {
    openZip(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries: { name: string; data: Buffer }[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/**
 * Writes a zip with any names at all. yazl refuses unsafe names (rightly), so each is written
 * under a stand-in of the same length and the stand-in's bytes are then replaced by the real
 * name's, in the local header and in the central directory alike.
 */
export async function writeZip(path: string, entries: readonly { name: string; data: Buffer }[]): Promise<void> {
  const zip = new ZipWriter();
  const swaps: [Buffer, Buffer][] = [];
  entries.forEach(({ name, data }, i) => {
    // yazl turns backslashes into slashes and refuses drive letters, absolute paths, '..' and folders: those get a stand-in.
    const needsStandIn = /[\\:]|^\/|\/$|(^|\/)\.\.(\/|$)/.test(name);
    const written = needsStandIn ? `${i}${'q'.repeat(Buffer.byteLength(name))}`.slice(0, Buffer.byteLength(name)) : name;
    if (needsStandIn) swaps.push([Buffer.from(written), Buffer.from(name)]);
    zip.addBuffer(data, written, { compress: false });
  });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  let bytes = Buffer.concat(chunks);
  for (const [from, to] of swaps) {
    for (let at = bytes.indexOf(from); at !== -1; at = bytes.indexOf(from, at + to.length)) {
      bytes = Buffer.concat([bytes.subarray(0, at), to, bytes.subarray(at + from.length)]);
    }
  }
  await writeFile(path, bytes);
}

/** A copy of a bundle with its entries changed by `edit`. */
export async function rewriteBundle(from: string, to: string, edit: (entries: { name: string; data: Buffer }[]) => { name: string; data: Buffer }[]): Promise<string> {
  await writeZip(to, edit(await readZip(from)));
  return to;
}

export const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(path, 'utf8'));
