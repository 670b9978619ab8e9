import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/main/archive/archive';
import { dispatch, type Caller } from '../../../src/main/archive/service/dispatch';
import { importOne, listTree, openTestArchive } from '../../support/library';
import { writePng } from '../../support/sample-files';
import { tempDir } from '../../support/temp-dir';

const LOCAL: Caller = { local: true, mayWrite: true };

describe('every call is validated against the contract before it reaches the engine', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let archive: Archive;
  let docId: string;
  let tree: string[];

  beforeAll(async () => {
    dir = await tempDir();
    await mkdir(join(dir.path, 'scans'));
    archive = await openTestArchive(join(dir.path, 'library'));
    docId = await importOne(archive, await writePng(join(dir.path, 'scans'), 'page.png'));
    tree = await listTree(archive.store.layout.root);
  });
  afterAll(async () => {
    // Nothing any bad call did may have touched a file.
    expect(await listTree(archive.store.layout.root)).toEqual(tree);
    await archive.close();
    await dir.cleanup();
  });

  const call = (name: string, args: unknown, caller = LOCAL) => dispatch(archive.service, name, args, caller);

  const bad: [string, string, unknown, RegExp][] = [
    ['a number for an id', 'getDocument', { id: 42 }, /id: document id must be a string/],
    ['a path climbing out', 'getDocument', { id: '../../etc/passwd' }, /id: document id must be letters/],
    ['an absolute path as id', 'getDocument', { id: '/etc/passwd' }, /id: document id must be letters/],
    ['a Windows path as id', 'openPageAsset', { docId: 'C:\\Windows\\win.ini', page: 0 }, /docId: document id must be letters/],
    ['a huge string', 'getDocument', { id: 'a'.repeat(10_000_000) }, /id: document id is too long/],
    ['a negative page', 'openPageAsset', { docId: 'abcd1234', page: -1 }, /page:/],
    ['a fractional page', 'openPageAsset', { docId: 'abcd1234', page: 1.5 }, /page:/],
    ['an unknown key', 'listDocuments', { sneaky: true }, /Unrecognized key/],
    ['no arguments object', 'getDocument', 'abcd1234', /\(arguments\)/],
    ['a relative import path', 'importFiles', { paths: ['scans/page.png'] }, /paths\.0: path must be absolute/],
    ['an import path with ..', 'importFiles', { paths: ['/tmp/../etc/shadow'] }, /paths\.0: path must not contain "\.\." segments/],
    ['a NUL in a path', 'importFiles', { paths: ['/tmp/a\0b.pdf'] }, /paths\.0: path must not contain NUL/],
    ['an empty import', 'importFiles', { paths: [] }, /name at least one file, folder or upload/],
    ['an upload id that is a path', 'importFiles', { uploads: ['../../etc/passwd'] }, /uploads\.0: must be an upload id/],
    ['an unknown grouping', 'importFiles', { paths: ['/tmp/a.pdf'], grouping: 'shelf' }, /grouping:/],
  ];

  it.each(bad)('rejects %s with an error naming the problem', async (_what, name, args, message) => {
    const envelope = await call(name, args);
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('invalid-argument');
    expect(envelope.error.message).toMatch(message);
    expect(envelope.error.issues?.length).toBeGreaterThan(0);
  });

  it('names an unknown call without echoing a huge name', async () => {
    const envelope = await call('x'.repeat(5000), {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    if (!envelope.ok) expect(envelope.error.message.length).toBeLessThan(100);
    expect(await call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await call('constructor', {})).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('answers unknown ids and pages with not-found', async () => {
    expect(await call('getDocument', { id: 'ffffffffffffffff' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('openPageAsset', { docId, page: 7 })).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/has 1 pages/) as unknown } });
  });

  it('keeps local-file calls for local callers and writes for writers', async () => {
    expect(await call('importFiles', { paths: ['/etc/hostname'] }, { local: false, mayWrite: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('importFiles', { paths: ['/etc/hostname'] }, { local: true, mayWrite: false })).toMatchObject({ ok: false, error: { code: 'read-only' } });
  });

  it('returns results that satisfy the contract', async () => {
    expect(await call('openPageAsset', { docId, page: 0 })).toEqual({
      ok: true,
      value: {
        docId,
        page: 0,
        format: 'png',
        url: `/files/${docId}/0`,
        sourcePage: 1,
        width: 300,
        height: 400,
        grid: 'image',
        previewUrl: `/pages/${docId}/0/preview`,
        thumbnailUrl: `/pages/${docId}/0/thumbnail`,
      },
    });
    expect(await call('libraryInfo', {})).toMatchObject({ ok: true, value: { documentCount: 1, pageCount: 1, readOnly: false } });
  });
});
