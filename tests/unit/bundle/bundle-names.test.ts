import { describe, expect, it } from 'vitest';
import { fileEntryName, parseEntryName, shardEntryName, unsafeNameReason } from '../../../src/main/archive/bundle/bundle-names';

const SHA = 'ab'.repeat(32);

describe('the names inside a bundle', () => {
  it('refuses by itself every name that could reach outside the folder it is read into', () => {
    for (const name of ['../evil', 'files/../../evil', '..', '/abs', '/', 'C:\\x', 'C:x', 'c:/x', 'files\\x', 'a\0b']) expect(unsafeNameReason(name), name).not.toBeNull();
    for (const name of ['bundle.json', shardEntryName('doc-0001'), fileEntryName(SHA, 'pdf'), 'files/..x', 'x..']) expect(unsafeNameReason(name), name).toBeNull();
  });

  it('knows exactly the names a bundle has, and nothing else', () => {
    expect(parseEntryName('bundle.json')).toEqual({ kind: 'manifest' });
    expect(parseEntryName(shardEntryName('doc-0001'))).toEqual({ kind: 'shard', docId: 'doc-0001' });
    expect(parseEntryName(fileEntryName(SHA, 'tiff'))).toEqual({ kind: 'file', sha256: SHA, format: 'tiff' });
    for (const name of ['Bundle.json', 'bundle.json/', 'annotations/', 'annotations/DOC-0001.json', 'annotations/doc.json', 'annotations/a/doc-0001.json', `files/${SHA}.exe`, `files/${SHA.toUpperCase()}.pdf`, `files/ab/${SHA}.pdf`, `files/${SHA}`, 'notes.txt', '']) {
      expect(parseEntryName(name), name).toBeNull();
    }
  });
});
