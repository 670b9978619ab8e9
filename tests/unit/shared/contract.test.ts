import { describe, expect, it } from 'vitest';
import { callNames, contract, LocalPath } from '../../../src/shared/contract';
import { DocId } from '../../../src/shared/domain/ids';

describe('the contract', () => {
  it('declares an argument schema, a result schema and an effect for every call', () => {
    expect(callNames).toEqual(expect.arrayContaining(['libraryInfo', 'listDocuments', 'getDocument', 'importFiles', 'openPageAsset', 'checkLibrary']));
    for (const name of callNames) {
      const spec = contract[name];
      expect(['read', 'write']).toContain(spec.effect);
      expect(typeof spec.args.safeParse).toBe('function');
      expect(typeof spec.result.safeParse).toBe('function');
    }
  });

  it('accepts only ids that can never be paths', () => {
    for (const good of ['bd139c727c7b1df5', 'doc-one', 'abcd']) expect(DocId.safeParse(good).success, good).toBe(true);
    for (const bad of ['', 'abc', '../x', 'a/b', 'a\\b', '.hidden', 'UPPER', 'a b', 'C:x', '-lead', 'x'.repeat(65), 'дерек']) {
      expect(DocId.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('accepts only absolute, normalised local paths', () => {
    for (const good of ['/home/archivist/scans/1918.pdf', 'C:\\Scans\\1918.pdf', 'D:/scans/a.tif', '\\\\server\\share\\a.pdf']) {
      expect(LocalPath.safeParse(good).success, good).toBe(true);
    }
    for (const bad of ['scans/a.pdf', './a.pdf', '/scans/../etc/passwd', 'C:\\scans\\..\\x', '/a\0b', '']) {
      expect(LocalPath.safeParse(bad).success, bad).toBe(false);
    }
  });
});
