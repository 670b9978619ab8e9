import { mkdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/main/archive/archive';
import { importOne, openTestArchive, sampleRegion } from '../../support/library';
import { writePng } from '../../support/sample-files';
import { tempDir } from '../../support/temp-dir';

describe('checking a library', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let archive: Archive;
  let managed: string;
  let docId: string;

  beforeEach(async () => {
    dir = await tempDir();
    await mkdir(join(dir.path, 'scans'));
    archive = await openTestArchive(join(dir.path, 'library'));
    docId = await importOne(archive, await writePng(join(dir.path, 'scans'), 'page.png'));
    const doc = await archive.service.getDocument({ id: docId });
    const source = doc.sources[0];
    if (!source) throw new Error('no source');
    managed = archive.store.layout.managedFile(source.sha256, source.format);
    await archive.store.updateShard(docId, (s) => {
      s.regions.push(sampleRegion(1));
    });
  });
  afterEach(async () => {
    await archive.close();
    await dir.cleanup();
  });

  it('finds a sound library sound', async () => {
    expect(await archive.service.checkLibrary({})).toEqual({ sound: true, documents: 1, filesChecked: 1, shardsChecked: 1, problems: [] });
  });

  it('finds a missing scan', async () => {
    await rm(managed);
    const report = await archive.service.checkLibrary({});
    expect(report.sound).toBe(false);
    expect(report.problems).toMatchObject([{ severity: 'error', kind: 'missing-file', docId }]);
  });

  it('finds a truncated scan by its size', async () => {
    await truncate(managed, 10);
    expect((await archive.service.checkLibrary({})).problems).toMatchObject([{ severity: 'error', kind: 'size-mismatch' }]);
  });

  it('finds flipped bytes at the same size by their hash', async () => {
    const bytes = await readFile(managed);
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 0xff;
    await writeFile(managed, bytes);
    expect((await archive.service.checkLibrary({})).problems).toMatchObject([{ severity: 'error', kind: 'hash-mismatch' }]);
  });

  it('finds an annotation file that cannot be read', async () => {
    await archive.close();
    const shard = join(dir.path, 'library', 'annotations', `${docId}.json`);
    await writeFile(shard, '{"schemaVersion":1,');
    await rm(`${shard}.bak`, { force: true });
    archive = await openTestArchive(join(dir.path, 'library'));
    const report = await archive.service.checkLibrary({});
    expect(report.sound).toBe(false);
    expect(report.problems).toMatchObject([{ kind: 'unreadable-shard', docId, file: `annotations/${docId}.json` }]);
  });

  it('warns about strays without calling the library unsound', async () => {
    await mkdir(join(dir.path, 'library', 'files', 'ab'), { recursive: true });
    await writeFile(join(dir.path, 'library', 'files', 'ab', 'stray.bin'), 'x');
    const report = await archive.service.checkLibrary({});
    expect(report.sound).toBe(true);
    expect(report.problems).toMatchObject([{ severity: 'warning', kind: 'stray-file', file: 'files/ab/stray.bin' }]);
  });
});
