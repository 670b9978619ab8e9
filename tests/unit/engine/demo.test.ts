import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installDemo } from '../../../src/main/archive/library/demo';
import { demoLibrary } from '../../support/library';

const DEMO = resolve(import.meta.dirname, '../../../resources/demo');

describe('the bundled demo archive', () => {
  const demo = demoLibrary();

  it('is described as an archivist would: «Сарыарқа», Семей, 1918, 25 қараша, in nested collections', async () => {
    const documents = await demo.archive().service.listDocuments({});
    const newspaper = documents.find((d) => d.kind === 'newspaper-issue');
    expect(newspaper?.metadata).toMatchObject({ publication: 'Сарыарқа', place: 'Семей', issueNumber: 28, isoDate: '1918-11-25', language: 'kk' });
    expect(newspaper?.pages).toEqual([
      { width: 1650, height: 2340 },
      { width: 1650, height: 2340 },
    ]);
    const collections = await demo.archive().service.listCollections({});
    const path = (id: string | undefined): string[] => {
      const c = collections.find((x) => x.id === id);
      return c ? [...path(c.parent), c.name] : [];
    };
    expect(newspaper?.collections.map(path)).toEqual([['Сарыарқа', '1918', '№ 28']]);
    expect(documents.map((d) => d.kind).sort()).toEqual(['document', 'newspaper-issue', 'seal']);
  });

  it('has a seal record whose impression on the order is marked as its occurrence', async () => {
    const [seal] = await demo.archive().service.listSeals({});
    expect(seal).toMatchObject({ inscriptionScript: 'Arab', occurrenceCount: 1 });
    const detail = await demo.archive().service.getSeal({ id: seal?.id ?? '' });
    const order = (await demo.archive().service.listDocuments({})).find((d) => d.kind === 'document');
    expect(detail.occurrences).toMatchObject([{ docId: order?.id, page: 0 }]);
    const region = (await demo.archive().store.readShard(order?.id ?? '')).regions.find((r) => r.sealId === seal?.id);
    expect(region?.kind).toBe('seal');
    if (region?.shape.type !== 'rect') throw new Error('the seal region should be a rectangle');
    expect(region.shape.x + region.shape.width).toBeLessThanOrEqual(order?.pages[0]?.width ?? 0);
    expect(region.shape.y + region.shape.height).toBeLessThanOrEqual(order?.pages[0]?.height ?? 0);
  });

  it('installs once: a second install adds no twins', async () => {
    expect(await installDemo(demo.archive(), DEMO)).toEqual(demo.docIds());
    expect(await demo.archive().service.listDocuments({})).toHaveLength(3);
    expect(await demo.archive().service.listSeals({})).toHaveLength(1);
    expect((await demo.archive().service.checkLibrary({})).sound).toBe(true);
  });
});
