import type { write as fsWrite } from 'node:fs';
import { appendFile, copyFile, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkLibrary } from '../../../src/main/archive/library/check-library';
import { openLibraryStore, type LibraryStore, type OpenStoreOptions } from '../../../src/main/archive/store/library-store';
import { OpenJournals } from '../../../src/main/archive/store/open-journals';
import type { ShardDelta } from '../../../src/main/archive/store/shard-delta';
import { encodeEntry, parseJournal, type JournalEntry } from '../../../src/main/archive/store/shard-journal';
import { AnnotationShard, type Region, type RegionRevision } from '../../../src/shared/domain/annotations';
import type { ArchiveDocument } from '../../../src/shared/domain/document';
import { DEFAULT_VIEW } from '../../../src/shared/domain/view';
import { contentOf } from '../../../src/shared/domain/region-content';
import { listTree, sampleRegion } from '../../support/library';
import { tempDir } from '../../support/temp-dir';

const faults = vi.hoisted(() => ({ journalFull: false }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  type WriteAt = (fd: number, data: Buffer, offset: number, length: number, position: number, done: (error: NodeJS.ErrnoException | null, written: number) => void) => void;
  const writeAt: WriteAt = (fd, data, offset, length, position, done) => {
    const realWrite = real.write as unknown as WriteAt;
    if (!faults.journalFull) return realWrite(fd, data, offset, length, position, done);
    // Half the line reaches the file, then the disk is full.
    realWrite(fd, data, offset, Math.floor(length / 2), position, () => done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }), 0));
  };
  const write = writeAt as unknown as typeof fsWrite;
  return { ...real, write, default: { ...real, write } };
});

const DOC = 'doc-0001';
const put = (...regions: Region[]): ShardDelta => ({ put: regions, remove: [], history: [] });
const edited = (n: number, text: string, revision = 2): Region => ({ ...sampleRegion(n), text, revision });
const revisionOf = (region: Region): RegionRevision => ({ revision: region.revision, at: region.updatedAt, content: contentOf(region) });
const entry = (seq: number, delta: ShardDelta): JournalEntry => ({ seq, ...delta });

describe('the journal file format', () => {
  const lines = (...entries: JournalEntry[]) => Buffer.concat(entries.map(encodeEntry));
  const zeros = (n: number) => Buffer.alloc(n);

  it('reads its lines up to the zeros kept for the next ones, and skips the lines the shard file holds', () => {
    const bytes = Buffer.concat([lines(entry(1, put(sampleRegion(1))), entry(2, put(sampleRegion(2))), entry(3, put(sampleRegion(3)))), zeros(4096)]);
    const read = parseJournal(bytes, 1);
    expect(read.entries.map((e) => e.seq)).toEqual([2, 3]);
    expect(read).toMatchObject({ lines: 3, goodBytes: bytes.length - 4096, length: bytes.length, torn: false });
    expect(read.damage).toBeUndefined();
  });

  it('calls a last line cut short or garbled torn, whether it ends the file or runs into the zeros', () => {
    const good = lines(entry(1, put(sampleRegion(1))));
    const next = encodeEntry(entry(2, put(sampleRegion(2))));
    for (const tail of [next.subarray(0, 30), Buffer.concat([next.subarray(0, 30), zeros(4000)]), Buffer.concat([zeros(30), next.subarray(30), zeros(100)])]) {
      const read = parseJournal(Buffer.concat([good, tail]), 0);
      expect(read).toMatchObject({ torn: true, goodBytes: good.length, lines: 1 });
      expect(read.damage).toBeUndefined();
    }
  });

  it('calls a bad line followed by a good one damage, keeping the lines before it', () => {
    const first = encodeEntry(entry(1, put(sampleRegion(1))));
    const second = encodeEntry(entry(2, put(edited(1, 'екінші'))));
    const flipped = Buffer.from(second);
    flipped[40] = (flipped[40] ?? 0) ^ 0x01;
    const read = parseJournal(Buffer.concat([first, flipped, encodeEntry(entry(3, put(sampleRegion(3))))]), 0);
    expect(read.entries.map((e) => e.seq)).toEqual([1]);
    expect(read.damage).toMatch(/line 2 of the journal is damaged \(its checksum does not match\)/);
    expect(read.torn).toBe(false);
  });

  it('calls a line out of order damage too, and names a gap between the shard file and the journal', () => {
    const outOfOrder = parseJournal(lines(entry(1, put(sampleRegion(1))), entry(5, put(sampleRegion(2))), entry(6, put(sampleRegion(3)))), 0);
    expect(outOfOrder.damage).toMatch(/line 2 .*out of sequence/);
    const gap = parseJournal(lines(entry(8, put(sampleRegion(1))), entry(9, put(sampleRegion(2)))), 5);
    expect(gap.gap).toEqual({ from: 6, to: 7 });
    expect(gap.entries.map((e) => e.seq)).toEqual([8, 9]);
  });

  it('validates what a line says, not only its checksum', () => {
    const wrong = Buffer.from(JSON.stringify({ seq: 1, put: [{ id: 'r-0001' }], remove: [], history: [] }));
    const line = Buffer.concat([Buffer.from(`${crc32(wrong).toString(16).padStart(8, '0')} `), wrong, Buffer.from('\n')]);
    const read = parseJournal(Buffer.concat([line, lines(entry(2, put(sampleRegion(2))))]), 0);
    expect(read.damage).toMatch(/does not match the expected structure/);
  });
});

describe('saving through the journal', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let store: LibraryStore;
  const open = async (options: OpenStoreOptions = {}) => (store = await openLibraryStore(dir.path, options));
  const reopen = async (options: OpenStoreOptions = {}) => {
    await store.close();
    return open(options);
  };
  /** Ends the store as a crash would: its files as they were before close() folded the journals in. */
  const crash = async () => {
    const dirOf = store.layout.annotations;
    const names = await readdir(dirOf);
    const files = await Promise.all(names.map(async (name) => [name, await readFile(join(dirOf, name))] as const));
    await store.close();
    for (const name of await readdir(dirOf)) if (!names.includes(name)) await rm(join(dirOf, name));
    for (const [name, bytes] of files) await writeFile(join(dirOf, name), bytes);
  };
  const journal = () => readFile(store.layout.journal(DOC));
  const journalText = async () => (await journal()).toString('utf8').replace(/\0+$/, '');
  const shardFile = async () => AnnotationShard.parse(JSON.parse(await readFile(store.layout.shard(DOC), 'utf8')));
  const texts = async (target = store) => (await target.readShard(DOC)).regions.map((r) => r.text);

  beforeEach(async () => {
    dir = await tempDir();
    await open();
    // The first save of a document writes its file whole, so that a journal always has its shard file.
    await store.appendShard(DOC, () => put(sampleRegion(1), sampleRegion(2)));
  });
  afterEach(async () => {
    faults.journalFull = false;
    await store.close();
    await dir.cleanup();
  });

  it('writes the first save whole, then appends each save as one line and leaves the shard file alone', async () => {
    expect((await shardFile()).regions.map((r) => r.id)).toEqual(['r-000001', 'r-000002']);
    expect(await journalText()).toBe('');
    const before = await readFile(store.layout.shard(DOC), 'utf8');
    const history = { id: 'r-000001', revision: revisionOf(sampleRegion(1)) };
    const saved = await store.appendShard(DOC, () => ({ put: [edited(1, 'екінші')], remove: ['r-000002'], history: [history] }));
    expect(saved.regions.map((r) => r.text)).toEqual(['екінші']);
    expect(saved.history).toEqual({ 'r-000001': [history.revision] });
    expect(await readFile(store.layout.shard(DOC), 'utf8')).toBe(before);
    expect((await journalText()).split('\n').filter(Boolean)).toHaveLength(1);
    expect(await journalText()).toMatch(/^[0-9a-f]{8} \{"seq":1,"put":\[.*екінші/);

    await crash();
    await open();
    const reread = await store.readShard(DOC);
    expect(reread.regions.map((r) => [r.id, r.text, r.revision])).toEqual([['r-000001', 'екінші', 2]]);
    expect(reread.history).toEqual({ 'r-000001': [history.revision] });
    expect(store.recoveries).toEqual([]);
  });

  it('changes nothing when the plan refuses, and nothing in memory unless the line is durable', async () => {
    const files = await listTree(dir.path);
    expect(await store.appendShard(DOC, () => 'unchanged')).toMatchObject({ regions: [{ id: 'r-000001' }, { id: 'r-000002' }] });
    expect(await listTree(dir.path)).toEqual(files);

    faults.journalFull = true;
    await expect(store.appendShard(DOC, () => put(edited(1, 'жазылмады')))).rejects.toMatchObject({ code: 'ENOSPC' });
    faults.journalFull = false;
    expect(await texts()).toEqual([sampleRegion(1).text, sampleRegion(2).text]);
    // The half line that reached the disk was cut off again: the next save follows the good lines.
    expect(await journalText()).toBe('');
    await store.appendShard(DOC, () => put(edited(2, 'кейін')));
    await crash();
    await open();
    expect(await texts()).toEqual([sampleRegion(1).text, 'кейін']);
    expect(store.recoveries).toEqual([]);
  });

  it('tops up the zeros for the next lines in a pause, not between the saves of a burst', async () => {
    const long = 'Алаш автономиясы құрылды. '.repeat(60);
    const size = async () => (await stat(store.layout.journal(DOC))).size;
    for (let n = 2; n <= 4; n++) await store.appendShard(DOC, () => put(edited(1, `${long} ${n}`, n)));
    // Three long lines outgrew the first block: the last save lengthened the file, and nothing was added after it yet.
    const written = Buffer.byteLength(await journalText());
    const afterBurst = await size();
    expect(afterBurst).toBe(written);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await store.readShard(DOC); // queued behind the top-up
    expect(await size()).toBeGreaterThanOrEqual(written + 4096);
    expect((await size()) % 4096).toBe(0);
    expect(Buffer.byteLength(await journalText())).toBe(written);
  });

  it('keeps the arrays a reader holds as they were when it read them', async () => {
    const { regions } = await store.readShard(DOC);
    await store.appendShard(DOC, () => put(edited(1, 'жаңа')));
    expect(regions.map((r) => r.text)).toEqual([sampleRegion(1).text, sampleRegion(2).text]);
  });

  it('folds the journal into the shard file past its limit, after the save, and on close', async () => {
    await reopen({ journalLimits: { lines: 3, bytes: 1 << 20 } });
    for (let n = 1; n <= 3; n++) await store.appendShard(DOC, () => put(edited(1, `түзету ${n}`, n + 1)));
    await store.readShard(DOC); // queued behind the fold the third save asked for
    expect(await shardFile()).toMatchObject({ journalSeq: 3, regions: [{ text: 'түзету 3' }, {}] });
    expect(await journalText()).toBe('');
    await store.appendShard(DOC, () => put(edited(2, 'соңғы')));
    expect(await journalText()).not.toBe('');
    await store.close();
    expect(await shardFile()).toMatchObject({ journalSeq: 4, regions: [{ text: 'түзету 3' }, { text: 'соңғы' }] });
    expect(await journalText()).toBe('');
    // An emptied journal keeps one block of zeros, for its next line to be written without lengthening the file.
    expect((await stat(store.layout.journal(DOC))).size).toBe(4096);
    await open();
    expect(await texts()).toEqual(['түзету 3', 'соңғы']);
  });

  it('skips the lines the shard file already holds (a crash between the fold and emptying the journal)', async () => {
    await store.appendShard(DOC, () => put(edited(1, 'бір')));
    await store.appendShard(DOC, () => put(edited(2, 'екі')));
    const unfolded = await journal();
    await store.close();
    await writeFile(store.layout.journal(DOC), unfolded);
    await open();
    await store.appendShard(DOC, () => put(edited(1, 'үш', 3)));
    await crash();
    await open();
    expect((await store.readShard(DOC)).regions.map((r) => [r.text, r.revision])).toEqual([
      ['үш', 3],
      ['екі', 2],
    ]);
    expect(store.recoveries).toEqual([]);
  });

  it('drops a torn last line silently (that save was never acknowledged) and cuts it off', async () => {
    await store.appendShard(DOC, () => put(edited(1, 'сақталды')));
    const bytes = Buffer.from(await journal());
    const good = bytes.indexOf(0);
    encodeEntry(entry(2, put(edited(2, 'жартылай')))).copy(bytes, good, 0, 40);
    await crash();
    await writeFile(store.layout.journal(DOC), bytes);
    await open();
    expect(await texts()).toEqual(['сақталды', sampleRegion(2).text]);
    expect(store.recoveries).toEqual([]);
    expect((await stat(store.layout.journal(DOC))).size).toBe(good);
    await store.appendShard(DOC, () => put(edited(2, 'кейінгі')));
    await crash();
    await open();
    expect(await texts()).toEqual(['сақталды', 'кейінгі']);
  });

  it('reports a damaged line before good ones, keeps the saves before it, and sets the journal aside', async () => {
    for (const text of ['бір', 'екі', 'үш']) await store.appendShard(DOC, () => put(edited(1, text)));
    const bytes = Buffer.from(await journal());
    const second = bytes.indexOf('\n') + 1;
    bytes[second + 30] = (bytes[second + 30] ?? 0) ^ 0x01;
    await crash();
    await writeFile(store.layout.journal(DOC), bytes);
    await open();
    expect(await texts()).toEqual(['бір', sampleRegion(2).text]);
    expect(store.recoveries).toMatchObject([{ file: store.layout.journal(DOC), detail: expect.stringMatching(/line 2 of the journal is damaged.*set aside as doc-0001\.journal\.corrupt-/) as unknown }]);
    const aside = (await readdir(store.layout.annotations)).find((name) => name.startsWith('doc-0001.journal.corrupt-'));
    expect(aside && (await readFile(join(store.layout.annotations, aside)))).toEqual(bytes);
    expect(await shardFile()).toMatchObject({ journalSeq: 1, regions: [{ text: 'бір' }, {}] });
    // Saving goes on after it, and the next open finds nothing more to report.
    await store.appendShard(DOC, () => put(edited(2, 'жаңа')));
    await crash();
    await open();
    expect(await texts()).toEqual(['бір', 'жаңа']);
    expect(store.recoveries).toEqual([]);
  });

  it('says so when the shard file came from an older backup than its journal, and applies the later saves', async () => {
    await reopen({ journalLimits: { lines: 2, bytes: 1 << 20 } });
    await store.appendShard(DOC, () => put(edited(1, 'бір')));
    await store.appendShard(DOC, () => put(edited(1, 'екі', 3)));
    await store.appendShard(DOC, () => put(edited(2, 'үш')));
    await crash();
    // The fold after the second save wrote the file whole; garbled, it is restored from its backup, which holds no journal line.
    await writeFile(store.layout.shard(DOC), '{"schemaVersion":1,');
    await open();
    expect(await texts()).toEqual([sampleRegion(1).text, 'үш']);
    expect(store.recoveries.map((r) => r.detail)).toEqual([expect.stringMatching(/restored from its backup/), expect.stringMatching(/saves 1–2 are in neither/)]);
  });

  it('folds the journal in before a whole-shard update, and removes it with the shard', async () => {
    await store.appendShard(DOC, () => put(edited(1, 'журналда')));
    await store.updateShard(DOC, (shard) => {
      shard.view = { ...DEFAULT_VIEW, rotation: 90 };
    });
    expect(await shardFile()).toMatchObject({ journalSeq: 1, regions: [{ text: 'журналда' }, {}], view: { rotation: 90 } });
    expect(await journalText()).toBe('');
    await store.removeShard(DOC);
    expect((await readdir(store.layout.annotations)).filter((name) => name.startsWith(DOC))).toEqual([]);
  });

  it('reads the journal read-only without writing anything', async () => {
    for (const text of ['бір', 'екі']) await store.appendShard(DOC, () => put(edited(1, text)));
    await crash();
    await appendFile(store.layout.journal(DOC), 'torn');
    const files = await listTree(dir.path);
    const contents = await journal();
    await open({ readOnly: true });
    expect(await texts()).toEqual(['екі', sampleRegion(2).text]);
    await expect(store.appendShard(DOC, () => put(edited(2, 'жоқ')))).rejects.toMatchObject({ code: 'read-only' });
    await store.close();
    expect(await listTree(dir.path)).toEqual(files);
    expect(await journal()).toEqual(contents);
    await open();
  });

  it('is checked as part of its shard: read and replayed, and an orphan when its document is gone', async () => {
    await store.updateCatalog((catalog) => {
      catalog.documents = [testDocument(DOC)];
    });
    await store.appendShard(DOC, () => put(edited(1, 'тексерілді')));
    await copyFile(store.layout.journal(DOC), store.layout.journal('doc-gone'));
    const report = await checkLibrary(store);
    expect(report.shardsChecked).toBe(1);
    expect(report.problems.filter((p) => p.kind === 'orphan-shard')).toEqual([
      { severity: 'warning', kind: 'orphan-shard', file: 'annotations/doc-gone.journal', message: 'a journal of annotations for a document that is not in the catalog' },
    ]);
    expect(report.problems.filter((p) => p.kind === 'unreadable-shard' || p.kind === 'recovered')).toEqual([]);
  });

  it('keeps a bounded number of journals open, and every save still lands', async () => {
    const docs = Array.from({ length: 40 }, (_, n) => `doc-${String(n + 100).padStart(4, '0')}`);
    for (const round of [1, 2, 3]) {
      for (const docId of docs) await store.appendShard(docId, () => put({ ...sampleRegion(1), text: `${docId} ${round}` }));
    }
    await crash();
    await open();
    for (const docId of docs) expect((await store.readShard(docId)).regions[0]?.text).toBe(`${docId} 3`);
  });
});

describe('open journals', () => {
  it('hands the least recently saved back once past the limit', async () => {
    const closed: string[] = [];
    const open = new OpenJournals((docId) => closed.push(docId), 2);
    for (const docId of ['a', 'b', 'a', 'c', 'd']) open.saved(docId);
    open.forget('d');
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toEqual(['b', 'a']);
  });
});

function testDocument(id: string): ArchiveDocument {
  const at = new Date(Date.UTC(2026, 0, 1)).toISOString();
  return {
    id,
    kind: 'document',
    title: 'Алашорда',
    sources: [{ sha256: '0'.repeat(64), format: 'png', originalName: 'page.png', size: 1, pageCount: 1 }],
    pages: [{ source: 0, sourcePage: 1, width: 100, height: 100 }],
    metadata: {},
    collections: [],
    tags: [],
    importedAt: at,
    updatedAt: at,
  };
}
