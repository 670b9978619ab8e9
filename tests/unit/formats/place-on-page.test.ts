import { readFileSync } from 'node:fs';
import { exportFiles } from './export-files';
import { describe, expect, it } from 'vitest';
import { exportAlto } from '../../../src/main/archive/formats/alto/write-alto';
import { readAlto } from '../../../src/main/archive/formats/alto/read-alto';
import type { ParsedPage, ParsedRegion } from '../../../src/main/archive/formats/exchange/import-types';
import { placeOnPage } from '../../../src/main/archive/formats/exchange/place-on-page';
import { readPageXml } from '../../../src/main/archive/formats/page-xml/read-page';
import { exportPageXml } from '../../../src/main/archive/formats/page-xml/write-page';
import { readW3c } from '../../../src/main/archive/formats/w3c/read-w3c';
import { exportW3c } from '../../../src/main/archive/formats/w3c/write-w3c';
import { RegionContent, type Shape } from '../../../src/shared/domain/annotations';
import { checkShape, shapeBounds } from '../../../src/shared/geometry/shape-check';
import { corpusFile } from '../../support/corpus';
import { DOC, OPTIONS, REGIONS } from './export-fixture';

const corpus = (path: string) => readFileSync(corpusFile(path), 'utf8');
const KANT = 'ocrd-assets/kant_aufklaerung_1784/PAGE_0017_PAGE.xml';

const square = (x: number, y: number, size: number): [number, number][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
];
const parsedRegion = (what: string, over: Partial<ParsedRegion> = {}): ParsedRegion => ({
  what,
  sourceId: what,
  shape: { type: 'polygon', points: square(10, 10, 50) },
  kind: 'text',
  order: 0,
  text: what,
  direction: 'auto',
  lines: [],
  ...over,
});
const parsedPage = (regions: ParsedRegion[], over: Partial<ParsedPage> = {}): ParsedPage => ({ format: 'page-xml', unit: 'pixel', regions, skipped: [], ...over });

describe('placeOnPage: a file made for the page', () => {
  it('keeps the 1784 PAGE file’s pixel coordinates exactly and makes savable draft regions in reading order', () => {
    const parsed = readPageXml(corpus(KANT));
    const placed = placeOnPage(parsed, { width: 1457, height: 2083 });
    expect(placed.notes.map((note) => note.text)).toEqual([]);
    expect(placed.skipped).toEqual(parsed.skipped);
    expect(placed.regions).toHaveLength(11);
    expect(placed.regions.map((r) => r.order)).toEqual([...Array(11).keys()]);
    // The drop capital's line names no language; every other region's lines say German.
    expect(placed.regions.filter((r) => r.language === 'de')).toHaveLength(10);
    const byOrder = [...parsed.regions].sort((a, b) => a.order - b.order);
    placed.regions.forEach((region, i) => {
      const source = byOrder[i];
      expect(region.shape).toEqual(source?.shape);
      expect(region.text).toBe(source?.text);
      expect(region.lines.map((l) => l.polygon)).toEqual(source?.lines.map((l) => l.polygon));
      expect(region.lines.map((l) => l.id)).toEqual(region.lines.map((_, k) => `l-${String(k + 1).padStart(4, '0')}`));
      expect(region).toMatchObject({ status: 'draft', kind: source?.kind, tags: [], entities: [] });
      expect(region.language).toBe(source?.language);
      expect(RegionContent.safeParse({ ...region, page: 0 }).success).toBe(true);
    });
  });

  it('scales a file made for a larger or smaller copy of the image, and says so', () => {
    const placed = placeOnPage(readPageXml(corpus(KANT)), { width: 2914, height: 4166 });
    expect(placed.notes.map((note) => note.text)).toEqual(["Coordinates were scaled from an image of 1457×2083 pixels to the page's 2914×4166 pixels (by 2.000)."]);
    expect(placed.regions[0]?.shape).toEqual({ type: 'polygon', points: [[226, 730], [1838, 730], [1838, 878], [226, 878]] });
    expect(placed.regions[0]?.lines[0]?.baseline).toEqual([[228, 858], [1836, 858]]);
  });

  it('takes a page a pixel taller (under 1 % off) as the same image', () => {
    expect(placeOnPage(readPageXml(corpus(KANT)), { width: 1457, height: 2084 }).regions).toHaveLength(11);
  });

  it('scales 1/1200 inch to the scan’s pixels, two decimals at most', () => {
    const placed = placeOnPage(readAlto(corpus('newspaper-fixtures/ndnp-1935-sn85058233/1289.xml')), { width: 2275, height: 3609 });
    expect(placed.regions).toHaveLength(38);
    expect(placed.regions[0]?.shape).toEqual({ type: 'rect', x: 165, y: 120.5, width: 103, height: 21.5 });
    const numbers = placed.regions.flatMap((r) => [...Object.values(r.shape).filter((v): v is number => typeof v === 'number'), ...r.lines.flatMap((l) => l.polygon.flat())]);
    expect(numbers.every((n) => Math.round(n * 100) === n * 100)).toBe(true);
    expect(placed.regions.every((r) => checkShape(r.shape, { width: 2275, height: 3609 }).problem === null)).toBe(true);
  });

  it('keeps kraken’s many-pointed outlines and line polygons as they are', () => {
    const parsed = readPageXml(corpus('ocrd-assets/communist_manifesto/OCR-D-SEG-KRAKEN_0015.xml'));
    const placed = placeOnPage(parsed, { width: 2745, height: 4445 });
    expect(placed.notes.map((note) => note.text)).toEqual([]);
    expect(placed.regions.map((r) => r.shape)).toEqual(parsed.regions.map((r) => r.shape));
    expect(placed.regions.flatMap((r) => r.lines.map((l) => [l.polygon, l.baseline]))).toEqual(parsed.regions.flatMap((r) => r.lines.map((l) => [l.polygon, l.baseline])));
  });
});

describe('placeOnPage: a file that does not fit the page', () => {
  it('refuses a file made for an image of other proportions, naming both sizes', () => {
    expect(() => placeOnPage(readPageXml(corpus(KANT)), { width: 2275, height: 3609 })).toThrow(
      'The file is for an image of another size: 1457×2083 pixels, and this page is 2275×3609 pixels, of other proportions.',
    );
    expect(() => placeOnPage(readAlto(corpus('newspaper-fixtures/ndnp-1935-sn85058233/1292.xml')), { width: 2275, height: 3609 })).toThrow(/18352×28632 1\/1200 inch/);
  });

  it('needs the page size of a file in mm10 or inch1200; a pixel file without one is taken as it is', () => {
    expect(() => placeOnPage(parsedPage([parsedRegion('r')], { unit: 'mm10' }), { width: 100, height: 100 })).toThrow(/tenths of a millimetre .* does not give its page's size/);
    expect(placeOnPage(parsedPage([parsedRegion('r')]), { width: 100, height: 100 }).regions[0]?.shape).toEqual({ type: 'polygon', points: square(10, 10, 50) });
  });

  it('cuts outlines back to the page, leaves out those outside it, and boxes bow-ties', () => {
    const placed = placeOnPage(
      parsedPage([
        parsedRegion('half-out', { shape: { type: 'polygon', points: [[-20, 10], [80, 10], [80, 130], [-20, 130]] }, order: 2 }),
        parsedRegion('outside', { shape: { type: 'rect', x: 150, y: 10, width: 20, height: 20 }, order: 0 }),
        parsedRegion('bow-tie', { shape: { type: 'polygon', points: [[10, 10], [50, 50], [50, 10], [10, 50]] }, order: 1 }),
        parsedRegion('rect-out', { shape: { type: 'rect', x: 90, y: 90, width: 20, height: 20 }, order: 3 }),
      ]),
      { width: 100, height: 120 },
    );
    expect(placed.regions.map((r) => [r.text, r.order])).toEqual([
      ['bow-tie', 0],
      ['half-out', 1],
      ['rect-out', 2],
    ]);
    expect(placed.regions[0]?.shape).toEqual({ type: 'rect', x: 10, y: 10, width: 40, height: 40 });
    expect(placed.regions[1]?.shape).toEqual({ type: 'polygon', points: [[0, 10], [80, 10], [80, 120], [0, 120]] });
    expect(placed.regions[2]?.shape).toEqual({ type: 'rect', x: 90, y: 90, width: 10, height: 20 });
    expect(placed.skipped).toEqual([{ what: 'outside', reason: 'outside-page', why: expect.stringContaining('outside the page') as unknown }]);
    expect(placed.notes.map((note) => note.text)).toEqual([
      '2 region(s) reached past the page and were cut back to its edges: half-out, rect-out.',
      '1 region(s) had an outline that crosses itself and were given its bounding box instead: bow-tie.',
    ]);
  });

  it('clamps lines, drops lines of fewer than 3 points and baselines of fewer than 2, with notes', () => {
    const placed = placeOnPage(
      parsedPage([
        parsedRegion('r', {
          lines: [
            { sourceId: 'l1', polygon: [[5, 5], [150, 5], [150, 20]], baseline: [[5, 18], [150, 18]], text: 'out' },
            { sourceId: 'l2', polygon: [[5, 5], [50, 5]], text: 'two points' },
            { polygon: [[5, 30], [50, 30], [50, 40]], baseline: [[5, 38]], text: 'one-point baseline' },
          ],
        }),
      ]),
      { width: 100, height: 100 },
    );
    expect(placed.regions[0]?.lines).toEqual([
      { id: 'l-0001', polygon: [[5, 5], [100, 5], [100, 20]], baseline: [[5, 18], [100, 18]], text: 'out' },
      { id: 'l-0002', polygon: [[5, 30], [50, 30], [50, 40]], text: 'one-point baseline' },
    ]);
    expect(placed.notes.map((note) => note.text)).toEqual([
      '1 line(s) reached past the page and were cut back to its edges: r, line l1.',
      "1 line(s) with fewer than 3 points were left out (their text stays in the region's): r, line l2.",
    ]);
  });

  it('keeps only BCP 47 languages, ISO 15924 scripts and valid tags; leaves out what the archive would refuse', () => {
    const placed = placeOnPage(
      parsedPage([
        parsedRegion('a', { language: 'Klingon', script: 'other', tags: ['ok', 'ok', 'x'.repeat(101)] }),
        parsedRegion('b', { language: 'kk-Arab', script: 'Arab' }),
        parsedRegion('c', { lines: Array.from({ length: 2001 }, () => ({ polygon: square(10, 10, 5), text: '' })) }),
      ]),
      { width: 100, height: 100 },
    );
    expect(placed.regions.map((r) => [r.text, r.language, r.script, r.tags])).toEqual([
      ['a', undefined, undefined, ['ok']],
      ['b', 'kk-Arab', 'Arab', []],
    ]);
    expect(placed.notes.map((note) => note.text)).toEqual([expect.stringMatching(/^Values that are not .* left unset: language "Klingon" \(a\), script "other" \(a\), tag "x{101}" \(a\)\.$/)]);
    expect(placed.skipped).toEqual([{ what: 'c', reason: 'invalid', why: expect.stringMatching(/^it does not fit a region: lines: /) as unknown }]);
  });
});

describe('placeOnPage: our own exports come back (round trip within a pixel)', () => {
  const page = DOC.pages[0] ?? { width: 0, height: 0 };
  const originals = REGIONS.filter((r) => r.page === 0).sort((a, b) => a.order - b.order);
  const boxOnPage = (shape: Shape) => shapeBounds(checkShape(shape, page).shape);
  const withinAPixel = (a: Shape, b: Shape) => {
    const [p, q] = [boxOnPage(a), boxOnPage(b)];
    return [p.x - q.x, p.y - q.y, p.x + p.width - q.x - q.width, p.y + p.height - q.y - q.height].every((d) => Math.abs(d) <= 1);
  };
  const firstFile = (files: { name: string; content: string }[]) => files[0]?.content ?? '';
  /** What XML can hold: its exports leave out control characters (the fixture has one). */
  // eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot hold
  const inXml = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
  /** As ALTO keeps it: words, one space between. */
  const inAlto = (text: string) => inXml(text).split('\n').map((l) => l.split(/\s+/).filter(Boolean).join(' ')).filter(Boolean).join('\n');

  it('W3C: every region, its kind, order, outline and text', () => {
    const [back, ...others] = readW3c(firstFile(exportFiles(exportW3c, { doc: DOC, regions: REGIONS }, OPTIONS)));
    expect(back?.pageIndex).toBe(0);
    // Like every export, only the document's own pages: the fixture's region on a page it lacks stays out.
    expect(others.map((p) => p.pageIndex)).toEqual([]);
    const placed = placeOnPage(back ?? parsedPage([]), page);
    expect(placed.regions.map((r) => [r.kind, r.text, r.direction])).toEqual(originals.map((r) => [r.kind, r.text, r.direction]));
    placed.regions.forEach((r, i) => expect(withinAPixel(r.shape, originals[i]?.shape ?? r.shape)).toBe(true));
  });

  it('ALTO: every region, its kind, order, outline and lines; text as ALTO keeps it (words, not the spaces between)', () => {
    const placed = placeOnPage(readAlto(firstFile(exportFiles(exportAlto, { doc: DOC, regions: REGIONS }, OPTIONS))), page);
    expect(placed.notes.map((note) => note.text)).toEqual([]);
    expect(placed.regions.map((r) => [r.kind, r.text])).toEqual(originals.map((r) => [r.kind, inAlto(r.text)]));
    placed.regions.forEach((r, i) => expect(withinAPixel(r.shape, originals[i]?.shape ?? r.shape)).toBe(true));
    const lines = originals.find((r) => r.id === '02-lines')?.lines ?? [];
    expect(placed.regions[1]?.lines.map((l) => l.text)).toEqual(lines.map((l) => inAlto(l.text)));
  });

  it('PAGE: every outline within a pixel and every text exactly (PAGE keeps a table’s or seal’s text in a region of its own)', () => {
    const placed = placeOnPage(readPageXml(firstFile(exportFiles(exportPageXml, { doc: DOC, regions: REGIONS }, OPTIONS))), page);
    expect(placed.notes.map((note) => note.text)).toEqual([]);
    for (const original of originals) {
      const back = placed.regions.filter((r) => withinAPixel(r.shape, original.shape));
      expect(back.map((r) => r.kind), original.id).toContain(original.kind);
      if (original.text !== '') expect(back.map((r) => r.text), original.id).toContain(inXml(original.text));
    }
  });
});
