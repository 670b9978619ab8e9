import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../src/shared/contract';
import { afterRetry, callNotRun, displayName, groupByFolder, isScanName, outcomesOf, retryCalls, rootFolderPath, tally, type ImportCall } from '../../../src/renderer/src/import/import-plan';

const ok = (path: string, duplicate = false): ImportResult => ({ ok: true, path, docId: `d-${path.length.toString().padStart(4, '0')}`, duplicate });
const failed = (path: string, code: 'password-required' | 'wrong-password' | 'unsupported-format' | 'cancelled'): ImportResult => ({ ok: false, path, error: { code, message: code } });

describe('planning an import', () => {
  it('groups a picked folder tree by folder, scans only, pages in natural order', () => {
    const files = ['issue/p10.tif', 'issue/p2.tif', 'issue/.DS_Store', 'issue/notes.txt', 'issue/p1.TIF', 'other/a.pdf', '.hidden/x.png', 'loose.png'].map((relativePath) => ({ relativePath }));
    expect(groupByFolder(files).map((g) => [g.folder, g.files.map((f) => f.relativePath)])).toEqual([
      ['', ['loose.png']],
      ['issue', ['issue/p1.TIF', 'issue/p2.tif', 'issue/p10.tif']],
      ['other', ['other/a.pdf']],
    ]);
  });

  it('knows a scan by its name, and names a file by the last part of its path', () => {
    expect(isScanName('Сарыарқа.PDF')).toBe(true);
    expect(isScanName('scan.webp')).toBe(true);
    expect(isScanName('mets.xml')).toBe(false);
    expect(displayName('C:\\scans\\qazaq.pdf')).toBe('qazaq.pdf');
    expect(displayName('/home/a/scans/')).toBe('scans');
  });

  it('finds the picked folder’s own path from a file inside it, with either separator', () => {
    expect(rootFolderPath('/home/a/scans/issue/p1.tif', 'scans/issue/p1.tif')).toBe('/home/a/scans');
    expect(rootFolderPath('C:\\Users\\a\\scans\\p1.tif', 'scans/p1.tif')).toBe('C:\\Users\\a\\scans');
    expect(rootFolderPath('/scans/p1.tif', 'p1.tif')).toBe('/scans/p1.tif');
  });

  it('reports every file of a call that never ran', () => {
    const call: ImportCall = { paths: [], uploads: ['up-1'], grouping: 'file', labels: ['a.png'] };
    expect(callNotRun(call, 'cancelled', 'the import was cancelled')).toEqual([{ result: { ok: false, path: 'a.png', error: { code: 'cancelled', message: 'the import was cancelled' } } }]);
  });

  it('counts imported, already present, failed and cancelled files', () => {
    const outcomes = [ok('a'), ok('b', true), failed('c', 'unsupported-format'), failed('d', 'cancelled'), ok('e')].map((result) => ({ result }));
    expect(tally(outcomes)).toEqual({ imported: 2, duplicates: 1, failed: 1, cancelled: 1 });
  });
});

describe('retrying encrypted files with a password', () => {
  it('resends exactly the uploads that wanted a password, in one call', () => {
    const call: ImportCall = { paths: [], uploads: ['up-1', 'up-2', 'up-3'], grouping: 'file', labels: ['a.png', 'b.pdf', 'c.pdf'] };
    const outcomes = outcomesOf(call, [ok('a.png'), failed('b.pdf', 'password-required'), failed('c.pdf', 'wrong-password')]);
    expect(outcomes[0]?.retry).toBeUndefined();
    expect(retryCalls(outcomes)).toEqual([{ paths: [], uploads: ['up-2', 'up-3'], grouping: 'file', labels: ['b.pdf', 'c.pdf'] }]);
  });

  it('resends desktop files by the path their result names, and a folder of uploads whole', () => {
    const paths: ImportCall = { paths: ['/scans'], uploads: [], grouping: 'file', labels: ['/scans'] };
    const folder: ImportCall = { paths: [], uploads: ['up-7', 'up-8'], grouping: 'folder', labels: ['issue'], folderTitle: 'issue' };
    const outcomes = [
      ...outcomesOf(paths, [failed('/scans/x.pdf', 'password-required'), failed('/scans/bad.pdf', 'unsupported-format'), failed('/scans/y.pdf', 'password-required')]),
      ...outcomesOf(folder, [failed('p1.pdf', 'password-required')]),
    ];
    expect(retryCalls(outcomes)).toEqual([{ paths: ['/scans/x.pdf', '/scans/y.pdf'], uploads: [], grouping: 'file', labels: ['/scans/x.pdf', '/scans/y.pdf'] }, folder]);
    expect(retryCalls(outcomesOf(paths, [ok('/scans/z.png')]))).toEqual([]);
  });

  it('replaces the retried failures with what the retry brought', () => {
    const call: ImportCall = { paths: [], uploads: ['up-1', 'up-2'], grouping: 'file', labels: ['a.png', 'b.pdf'] };
    const first = outcomesOf(call, [ok('a.png'), failed('b.pdf', 'password-required')]);
    const second = outcomesOf({ paths: [], uploads: ['up-2'], grouping: 'file', labels: ['b.pdf'] }, [ok('b.pdf')]);
    expect(afterRetry(first, second).map((o) => o.result)).toEqual([ok('a.png'), ok('b.pdf')]);
  });
});
