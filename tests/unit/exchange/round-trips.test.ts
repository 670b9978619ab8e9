import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/main/archive/archive';
import { readAlto } from '../../../src/main/archive/formats/alto/read-alto';
import { placeOnPage, type PlacedRegion } from '../../../src/main/archive/formats/exchange/place-on-page';
import { readPageXml } from '../../../src/main/archive/formats/page-xml/read-page';
import type { Point, Shape } from '../../../src/shared/domain/annotations';
import type { ExportFormat } from '../../../src/shared/domain/exchange';
import { corpusFile } from '../../support/corpus';
import { importOne, openTestArchive } from '../../support/library';
import { tempDir } from '../../support/temp-dir';

const KANT = 'ocrd-assets/kant_aufklaerung_1784';
const PARK_RECORD = 'newspaper-fixtures/ndnp-1935-sn85058233';

const outline = (shape: Shape): Point[] =>
  shape.type === 'polygon' ? shape.points : [[shape.x, shape.y], [shape.x + shape.width, shape.y], [shape.x + shape.width, shape.y + shape.height], [shape.x, shape.y + shape.height]];

/** The largest distance, in pixels, between corresponding points of two outlines (Infinity when their counts differ). */
function drift(a: readonly Point[], b: readonly Point[]): number {
  if (a.length !== b.length) return Infinity;
  return Math.max(0, ...a.map(([x, y], i) => Math.max(Math.abs(x - (b[i]?.[0] ?? Infinity)), Math.abs(y - (b[i]?.[1] ?? Infinity)))));
}

/** What a round trip must keep of a region: kind, order, text, and each line's text; the outlines are compared apart. */
const kept = (region: PlacedRegion) => ({ kind: region.kind, text: region.text, lines: region.lines.map((line) => line.text) });

/** Every region and line of `before` is in `after`, in the same order, with the same text, its points within a pixel. */
function expectSameRegions(before: PlacedRegion[], after: PlacedRegion[]): void {
  expect(after.map(kept)).toEqual(before.map(kept));
  for (const [i, region] of before.entries()) {
    const back = after[i];
    if (!back) throw new Error(`region ${i} was lost`);
    expect(drift(outline(back.shape), outline(region.shape)), `region ${i}`).toBeLessThanOrEqual(1);
    for (const [j, line] of region.lines.entries()) {
      const backLine = back.lines[j];
      expect(drift(backLine?.polygon ?? [], line.polygon), `region ${i} line ${j}`).toBeLessThanOrEqual(1);
      if (line.baseline) expect(drift(backLine?.baseline ?? [], line.baseline), `region ${i} line ${j} baseline`).toBeLessThanOrEqual(1);
    }
  }
}

/**
 * Issue 7's round trips on real files: a PAGE or ALTO file from another tool, read onto its scan
 * in a library, exported again in the same format, keeps every region, line, coordinate (within
 * a pixel) and character. What the file held and is not content (separators, rules) is reported
 * on the way in and is not expected back.
 */
describe('round trips through the library', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  const archives: Archive[] = [];
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => {
    for (const archive of archives) await archive.close();
    await dir.cleanup();
  });

  /** The scan imported into a library of its own, the file read onto it, and the document exported again as `format`: the file's regions before and after. */
  async function roundTrip(scan: string, file: string, format: ExportFormat, read: (text: string) => ReturnType<typeof readPageXml>) {
    const archive = await openTestArchive(join(dir.path, `library-${archives.length}`));
    archives.push(archive);
    const docId = await importOne(archive, corpusFile(scan));
    const doc = await archive.service.getDocument({ id: docId });
    const page = doc.pages[0];
    if (!page) throw new Error('the scan has no page');
    const original = await readFile(corpusFile(file), 'utf8');
    const report = await archive.service.importAnnotations({ docId, fileName: file, content: original, author: 'test' });
    const before = placeOnPage(read(original), page).regions;
    expect(report.pages[0]?.added).toHaveLength(before.length);
    const { files } = await archive.service.exportDocument({ docId, format, textScript: 'as-typed' });
    const exported = files[0]?.content ?? '';
    return { before, after: placeOnPage(read(exported), page).regions, report, page };
  }

  it('PAGE → Muragat → PAGE keeps the Kant pages (OCR-D, 1784) whole', async () => {
    for (const n of ['0017', '0020']) {
      const { before, after } = await roundTrip(`${KANT}/INPUT_${n}.tif`, `${KANT}/PAGE_${n}_PAGE.xml`, 'page', readPageXml);
      expect(before.length).toBeGreaterThan(3);
      expect(before.reduce((sum, region) => sum + region.lines.length, 0)).toBeGreaterThan(20);
      expectSameRegions(before, after);
    }
  });

  it('ALTO → Muragat → ALTO keeps the Kant page and the 1935 Park Record page (inch1200) whole, in page pixels', async () => {
    const kant = await roundTrip(`${KANT}/INPUT_0017.tif`, `${KANT}/PAGE_0017_ALTO.xml`, 'alto', readAlto);
    expectSameRegions(kant.before, kant.after);
    const park = await roundTrip(`${PARK_RECORD}/1289.pdf`, `${PARK_RECORD}/1289.xml`, 'alto', readAlto);
    expect(park.page).toMatchObject({ width: 2275, height: 3609 });
    expect(park.report.pages[0]?.notes).toMatchObject([{ kind: 'scaled', factor: 0.125 }]);
    expect(park.before.length).toBeGreaterThan(30);
    expectSameRegions(park.before, park.after);
  });
});
