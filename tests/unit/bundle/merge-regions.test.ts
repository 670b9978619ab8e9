import { describe, expect, it } from 'vitest';
import { BundleManifest } from '../../../src/main/archive/bundle/bundle-manifest';
import { mergeShard } from '../../../src/main/archive/bundle/merge-regions';
import type { AnnotationShard, Region, RegionRevision } from '../../../src/shared/domain/annotations';
import { contentOf } from '../../../src/shared/domain/region-content';
import { sampleRegion } from '../../support/library';

const receipt = { bundle: 'b.zip', receivedAt: '2026-01-02T03:04:05.000Z' };
const at = (revision: number, text: string, over: Partial<Region> = {}): Region => ({ ...sampleRegion(1), revision, text, updatedAt: `2026-01-01T00:00:0${revision}.000Z`, ...over });
const kept = (region: Region): RegionRevision => ({ revision: region.revision, at: region.updatedAt, content: contentOf(region) });
const shard = (regions: Region[], history: AnnotationShard['history'] = {}): AnnotationShard => ({ schemaVersion: 1, docId: 'doc-0001', regions, history });
const theirs = (regions: Region[], history: AnnotationShard['history'] = {}) => ({ docId: 'doc-0001', regions, history });

describe('merging their regions into ours', () => {
  const base = at(1, 'common');

  it('adds what only they have, keeps what only we have', () => {
    const ours = shard([base]);
    const added = { ...sampleRegion(2), revision: 3 };
    const merge = mergeShard(ours, theirs([added], { [added.id]: [kept(at(2, 'before'))] }), receipt);
    expect(merge).toMatchObject({ added: [added.id], changed: true });
    expect(ours.regions).toEqual([base, added]);
    expect(ours.history[added.id]).toHaveLength(1);
  });

  it('leaves alike regions alone, whatever the key order of their fields', () => {
    const ours = shard([base]);
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(base).reverse()))) as Region;
    expect(mergeShard(ours, theirs([reordered]), receipt)).toMatchObject({ unchanged: [base.id], changed: false });
  });

  it('fast-forwards when their history holds our current revision, joining both histories', () => {
    const older = at(1, 'older');
    const ours = shard([at(2, 'common')], { [base.id]: [kept(older)] });
    const next = at(3, 'theirs');
    const merge = mergeShard(ours, theirs([next], { [base.id]: [kept(at(2, 'common'))] }), receipt);
    expect(merge).toMatchObject({ updated: [base.id], conflicts: [], changed: true });
    expect(ours.regions).toEqual([next]);
    expect(ours.history[base.id]?.map((r) => r.revision)).toEqual([1, 2]);
  });

  it('keeps ours when our history holds their current revision', () => {
    const ours = shard([at(3, 'ours')], { [base.id]: [kept(at(2, 'common'))] });
    expect(mergeShard(ours, theirs([at(2, 'common')]), receipt)).toMatchObject({ unchanged: [base.id], changed: false });
  });

  it('calls it a conflict when a higher revision does not descend from ours, or the same revision says otherwise', () => {
    for (const their of [at(3, 'theirs'), at(1, 'theirs')]) {
      const ours = shard([base], { [base.id]: [] });
      // Their history has a revision 1, but not with our content: a different line of edits.
      const merge = mergeShard(ours, theirs([their], { [base.id]: [kept(at(1, 'elsewhere'))] }), receipt);
      expect(merge).toMatchObject({ conflicts: [base.id], updated: [], changed: true });
      expect(ours.regions).toEqual([base]);
      expect(ours.incoming).toEqual([{ region: their, ...receipt }]);
    }
  });

  it('records a conflict once; a different version from a later bundle replaces it', () => {
    const ours = shard([base]);
    mergeShard(ours, theirs([at(2, 'theirs')]), receipt);
    expect(mergeShard(ours, theirs([at(2, 'theirs')]), { ...receipt, bundle: 'again.zip' })).toMatchObject({ conflicts: [base.id], changed: false });
    expect(ours.incoming?.map((i) => i.bundle)).toEqual(['b.zip']);
    expect(mergeShard(ours, theirs([at(3, 'later')]), { ...receipt, bundle: 'later.zip' })).toMatchObject({ conflicts: [base.id], changed: true });
    expect(ours.incoming).toMatchObject([{ region: { text: 'later' }, bundle: 'later.zip' }]);
  });

  it('adds their comments in every case, ours first where they were first, each once', () => {
    const comment = (id: string, second: number) => ({ id, author: 'x', text: id, createdAt: `2026-01-01T00:00:${String(second).padStart(2, '0')}.000Z` });
    const ours = shard([{ ...base, comments: [comment('c-ours', 10)] }]);
    const their = { ...at(2, 'theirs'), comments: [comment('c-early', 5), comment('c-ours', 10)] };
    const merge = mergeShard(ours, theirs([their]), receipt);
    expect(merge).toMatchObject({ commentsAdded: 1, commented: [base.id], conflicts: [base.id] });
    expect(ours.regions[0]?.comments.map((c) => c.id)).toEqual(['c-early', 'c-ours']);
    expect(ours.regions[0]?.text).toBe('common');
  });
});

describe('the manifest is whole or refused', () => {
  const doc = { id: 'doc-0001', kind: 'document', title: 't', sources: [{ sha256: 'a'.repeat(64), format: 'png', originalName: 'p.png', size: 1, pageCount: 1 }], pages: [{ source: 0, sourcePage: 1, width: 10, height: 10 }], metadata: {}, collections: [], tags: [], importedAt: receipt.receivedAt, updatedAt: receipt.receivedAt };
  const manifest = (over: Record<string, unknown>) => ({ format: 'muragat-bundle', version: 1, createdAt: receipt.receivedAt, libraryId: 'lib', appVersion: '1', documents: [doc], collections: [], seals: [], ...over });
  const issues = (over: Record<string, unknown>) => BundleManifest.safeParse(manifest(over)).error?.issues.map((i) => i.message) ?? [];

  it('accepts a whole manifest', () => {
    expect(issues({ collections: [{ id: 'coll-0001', name: 'a' }, { id: 'coll-0002', name: 'b', parent: 'coll-0001' }], documents: [{ ...doc, collections: ['coll-0002'] }] })).toEqual([]);
  });

  it('refuses cycles, dangling references, duplicates, trashed documents and a file given two formats', () => {
    expect(issues({ collections: [{ id: 'coll-0001', name: 'a', parent: 'coll-0002' }, { id: 'coll-0002', name: 'b', parent: 'coll-0001' }] })).toEqual(['collection coll-0001 is its own ancestor', 'collection coll-0002 is its own ancestor']);
    expect(issues({ documents: [{ ...doc, collections: ['coll-0009'] }] })).toEqual(['collection coll-0009 is not in the bundle']);
    expect(issues({ documents: [doc, doc] })).toEqual(['document doc-0001 is listed twice']);
    expect(issues({ documents: [{ ...doc, deletedAt: receipt.receivedAt }] })).toEqual(['document doc-0001 is in the trash']);
    expect(issues({ documents: [doc, { ...doc, id: 'doc-0002', sources: [{ ...doc.sources[0], format: 'jpeg' }] }] })).toEqual([`file ${'a'.repeat(64)} is given two formats`]);
  });
});
