import { copyFile, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../../src/main/archive/bundle/merge-bundle';
import { writeBundle } from '../../../src/main/archive/bundle/write-bundle';
import { importOne, listTree, TEST_VERSION } from '../../support/library';
import { writePng } from '../../support/sample-files';
import { openLibrary, put, readZip, rewriteBundle, save, world, writeZip } from './bundle-support';

type Entries = { name: string; data: Buffer }[];

describe('a damaged or hostile bundle is refused, and the library is left as it was', () => {
  let w: Awaited<ReturnType<typeof world>>;
  let good: string;
  let n = 0;
  const variant = (edit: (entries: Entries) => Entries) => rewriteBundle(good, join(w.bundles, `bad-${++n}.zip`), edit);
  const json = (entries: Entries, name: string): Record<string, unknown> => JSON.parse(entries.find((e) => e.name === name)?.data.toString('utf8') ?? 'null') as Record<string, unknown>;
  const replace = (entries: Entries, name: string, data: Buffer) => entries.map((e) => (e.name === name ? { name, data } : e));

  /** Imports `bundle` into library b and checks it failed with `code` and changed nothing there or beside it. */
  async function refused(bundle: string, code: string, message: RegExp) {
    const b = w.b.archive;
    const before = { tree: await listTree(b.store.layout.root), catalog: structuredClone(b.store.catalog()), outside: await listTree(w.root) };
    w.b.events.length = 0;
    await expect(importBundle(w.b.ctx, bundle)).rejects.toMatchObject({ name: 'MuragatError', code, message: expect.stringMatching(message) as unknown });
    expect(await listTree(b.store.layout.root)).toEqual(before.tree);
    expect(b.store.catalog()).toEqual(before.catalog);
    expect(await listTree(w.root)).toEqual(before.outside);
    expect(await readdir(join(b.store.layout.files, '.incoming')).catch(() => [])).toEqual([]);
    expect(w.b.events).toEqual([]);
  }

  beforeAll(async () => {
    w = await world();
    const docId = await importOne(w.a.archive, await writePng(w.scans, 'page.png'));
    await save(w.a.archive, docId, [put('r-0001', 0)]);
    good = join(w.bundles, 'good.zip');
    await writeBundle(w.a.archive.store, [docId], good, { appVersion: TEST_VERSION });
    // Library b has a document of its own, so "unchanged" means more than "empty".
    await importOne(w.b.archive, await writePng(w.scans, 'other.png', 200, 200));
  });
  afterAll(async () => {
    await w.a.close();
    await w.b.close();
    // The library still opens after all of it, and has what it had.
    const reopened = await openLibrary(join(w.root, 'b'));
    expect(await reopened.archive.service.listDocuments({})).toHaveLength(1);
    expect((await reopened.archive.service.checkLibrary({})).sound).toBe(true);
    await reopened.close();
    await w.cleanup();
  });

  it('a truncated zip (the end cut off, or the middle)', async () => {
    const size = (await readFile(good)).length;
    for (const keep of [size - 10, Math.floor(size / 2), 100]) {
      const cut = join(w.bundles, `cut-${keep}.zip`);
      await copyFile(good, cut);
      await truncate(cut, keep);
      await refused(cut, 'corrupt', /cut-\d+\.zip is not a usable Muragat bundle/);
    }
  });

  it('names that reach outside the bundle: ../evil, /abs, C:\\x, a..-segment, a backslash', async () => {
    for (const name of ['../evil', '/abs', 'C:\\x', 'C:x', 'files/../../evil', 'annotations\\x.json']) {
      const bundle = await variant((entries) => [...entries, { name, data: Buffer.from('evil') }]);
      await refused(bundle, 'corrupt', /not a usable Muragat bundle: .*(absolute|relative|invalid characters|outside|drive|backslash)/);
    }
    expect(await readdir(w.root)).not.toContain('evil');
  });

  it('a name a bundle never has, and a name twice', async () => {
    await refused(await variant((entries) => [...entries, { name: 'notes.txt', data: Buffer.from('hello') }]), 'corrupt', /entries a bundle never has: notes\.txt/);
    await refused(await variant((entries) => [...entries, { name: 'files/', data: Buffer.alloc(0) }]), 'corrupt', /never has/);
    await refused(await variant((entries) => [...entries, entries[0] as Entries[number]]), 'corrupt', /is there twice/);
  });

  it('no bundle.json, or one that is not JSON, not a bundle, not valid, or from a newer Muragat', async () => {
    await refused(await variant((entries) => entries.filter((e) => e.name !== 'bundle.json')), 'unsupported-format', /has no bundle\.json/);
    await refused(await variant((entries) => replace(entries, 'bundle.json', Buffer.from('{"format": "muragat-bundle", '))), 'corrupt', /bundle\.json is not valid JSON/);
    await refused(await variant((entries) => replace(entries, 'bundle.json', Buffer.from('{"format": "zip"}'))), 'unsupported-format', /not a Muragat bundle/);
    await refused(await variant((entries) => replace(entries, 'bundle.json', Buffer.from(JSON.stringify({ ...json(entries, 'bundle.json'), version: 2 })))), 'unsupported-format', /newer Muragat/);
    await refused(await variant((entries) => replace(entries, 'bundle.json', Buffer.from(JSON.stringify({ ...json(entries, 'bundle.json'), documents: [] })))), 'corrupt', /bundle\.json is not valid \(documents/);
    await refused(await variant((entries) => replace(entries, 'bundle.json', Buffer.from(JSON.stringify({ ...json(entries, 'bundle.json'), collections: [{ id: 'coll-0001', name: 'x', parent: 'coll-0002' }] })))), 'corrupt', /coll-0002 is not in the bundle/);
  });

  it('a shard that is not JSON, not a shard, or names a page the document lacks', async () => {
    const shardName = (entries: Entries) => entries.find((e) => e.name.startsWith('annotations/'))?.name ?? '';
    await refused(await variant((entries) => replace(entries, shardName(entries), Buffer.from('[1, 2'))), 'corrupt', /annotations\/.*\.json is not valid JSON/);
    await refused(await variant((entries) => replace(entries, shardName(entries), Buffer.from('{"regions": 3}'))), 'corrupt', /annotations\/.*\.json is not valid/);
    const onPage = (page: number) => (entries: Entries) => {
      const shard = json(entries, shardName(entries)) as { regions: { page: number }[] };
      for (const region of shard.regions) region.page = page;
      return replace(entries, shardName(entries), Buffer.from(JSON.stringify(shard)));
    };
    await refused(await variant(onPage(7)), 'corrupt', /region r-0001 is on page 7/);
    await refused(await variant((entries) => entries.filter((e) => !e.name.startsWith('annotations/'))), 'corrupt', /lacks annotations\//);
  });

  it('a scan whose bytes are not the ones its name promises, or are missing', async () => {
    const scanOf = (entries: Entries) => entries.find((e) => e.name.startsWith('files/')) as Entries[number];
    const flipped = (entries: Entries) => {
      const scan = scanOf(entries);
      const data = Buffer.from(scan.data);
      data[data.length - 1] = (data[data.length - 1] ?? 0) ^ 0xff;
      return replace(entries, scan.name, data);
    };
    await refused(await variant(flipped), 'corrupt', /files\/[0-9a-f]{64}\.png is not the file it names/);
    await refused(await variant((entries) => entries.filter((e) => !e.name.startsWith('files/'))), 'corrupt', /lacks files\//);
    await refused(await variant((entries) => replace(entries, scanOf(entries).name, Buffer.concat([scanOf(entries).data, Buffer.from('x')]))), 'corrupt', /bytes where bundle\.json says/);
  });

  it('a JSON entry damaged inside the zip (its checksum no longer matches)', async () => {
    const entries = await readZip(good);
    const manifest = entries.find((e) => e.name === 'bundle.json');
    if (!manifest) throw new Error('the bundle has a manifest');
    // Rewritten stored (not deflated), so a byte of the JSON can be changed in place.
    const stored = join(w.bundles, 'stored.zip');
    await writeZip(stored, entries);
    const raw = await readFile(stored);
    const at = raw.indexOf('"muragat-bundle"');
    raw[at + 1] = 'M'.charCodeAt(0);
    const damaged = join(w.bundles, 'crc.zip');
    await writeFile(damaged, raw);
    await refused(damaged, 'corrupt', /bundle\.json is damaged/);
  });

  it('a file that is not a zip at all, and a path that does not exist', async () => {
    await refused(await writePng(w.bundles, 'picture.png'), 'corrupt', /picture\.png is not a usable Muragat bundle/);
    await refused(join(w.bundles, 'nowhere.zip'), 'not-found', /nowhere\.zip/);
  });
});
