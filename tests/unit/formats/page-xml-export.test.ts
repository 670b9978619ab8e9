import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files';
import { exportPageXml } from '../../../src/main/archive/formats/page-xml/write-page';
import { validatePageXml } from '../../support/validate-xml';
import { AD_TEXT, ARABIC_TEXT, asXml, DOC, DOC_ID, elements, find, findAll, LINE_1, LINE_2, LINES_TEXT, OPTIONS, parseXml, READING_ORDER, REGIONS, SOURCE, textOf, type Node } from './export-fixture';

const files = exportFiles(exportPageXml, SOURCE, OPTIONS);
const contentOf = (index: number) => files[index]?.content ?? '';
const page = (index: number) => find(parseXml(contentOf(index)), 'Page');

/** The page's region elements (everything but its reading order), in document order. */
const regionsOf = (pageNode: Node) => elements(pageNode).filter((node) => node.name !== 'ReadingOrder');
const regionById = (id: string) => {
  const found = regionsOf(page(0)).find((node) => node.attrs.id === `r_${id}`);
  if (!found) throw new Error(`no region r_${id}`);
  return found;
};
const unicode = (node: Node) => textOf(find(elements(node).find((child) => child.name === 'TextEquiv') ?? node, 'Unicode'));

describe('PAGE XML export', () => {
  it('writes one file per page, each valid against the PAGE 2019-07-15 schema', () => {
    expect(files.map((file) => file.name)).toEqual([`${DOC_ID}-p0001.page.xml`, `${DOC_ID}-p0002.page.xml`]);
    expect(files.map((file) => file.mediaType)).toEqual(['application/xml', 'application/xml']);
    for (const file of files) expect(validatePageXml(file.content)).toBe('');
  });

  it('writes who made it and when, and the page image with its pixel grid', () => {
    const root = parseXml(contentOf(0));
    expect(root.attrs.xmlns).toBe('http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15');
    expect(textOf(find(root, 'Creator'))).toBe(OPTIONS.generator);
    expect(textOf(find(root, 'Created'))).toBe('2024-05-01T10:20:30.000Z');
    expect(textOf(find(root, 'LastChange'))).toBe('2024-05-01T10:20:30.000Z');
    expect(page(0).attrs).toMatchObject({ imageFilename: `${DOC_ID}-p0001.jpg`, imageWidth: '2000', imageHeight: '3000', primaryLanguage: 'Kazakh', primaryScript: 'Cyrl - Cyrillic' });
    expect(page(1).attrs).toMatchObject({ imageFilename: `${DOC_ID}-p0002.jpg`, imageWidth: '2100', imageHeight: '3100' });
  });

  it('lists the regions in reading order, and a page without regions has none and no reading order', () => {
    const refs = findAll(page(0), 'RegionRefIndexed');
    expect(refs.map((ref) => ref.attrs.regionRef)).toEqual(READING_ORDER.map((id) => `r_${id}`));
    expect(refs.map((ref) => ref.attrs.index)).toEqual(READING_ORDER.map((_, i) => String(i)));
    expect(regionsOf(page(0)).map((node) => node.attrs.id)).toEqual(READING_ORDER.map((id) => `r_${id}`));
    expect(elements(page(1))).toEqual([]);
    expect(contentOf(0)).not.toContain('11-nowhere');
  });

  it('writes each kind as its PAGE region', () => {
    const kinds = regionsOf(page(0)).map((node) => [node.attrs.id, node.name, node.attrs.type]);
    expect(kinds).toEqual([
      ['r_01-heading', 'TextRegion', 'heading'],
      ['r_02-lines', 'TextRegion', 'paragraph'],
      ['r_03-arabic', 'TextRegion', 'paragraph'],
      ['r_04-margin', 'TextRegion', 'marginalia'],
      ['r_05-heading', 'TextRegion', 'heading'],
      ['r_06-ad', 'AdvertRegion', undefined],
      ['r_08-picture', 'ImageRegion', undefined],
      ['r_09-table', 'TableRegion', undefined],
      ['r_07-seal', 'GraphicRegion', 'stamp'],
      ['r_10-empty', 'TextRegion', 'paragraph'],
    ]);
  });

  it('writes outlines in whole pixels on the page: a rectangle as four corners, a polygon clamped', () => {
    const points = (id: string) => find(regionById(id), 'Coords').attrs.points;
    expect(points('01-heading')).toBe('100,81 1900,81 1900,201 100,201');
    expect(points('02-lines')).toBe('0,201 2000,200 1991,900 90,3000');
    expect(points('07-seal')).toBe('1500,2500 1700,2451 1800,2700 1550,2800');
  });

  it('writes lines with their outline, baseline and text', () => {
    const lines = findAll(regionById('02-lines'), 'TextLine');
    expect(lines.map((line) => line.attrs.id)).toEqual(['l_02-lines_line-0001', 'l_02-lines_line-0002']);
    expect(lines.map((line) => find(line, 'Coords').attrs.points)).toEqual(['100,210 1900,210 1900,300 100,300', '100,310 1900,310 1900,400 100,401']);
    expect(lines.map((line) => find(line, 'Baseline').attrs.points)).toEqual(['100,290 1900,290', '100,390 1950,391']);
    expect(lines.map(unicode)).toEqual([LINE_1, asXml(LINE_2)]);
    // Each element in the order the schema's sequence gives.
    expect(elements(regionById('02-lines')).map((node) => node.name)).toEqual(['Coords', 'TextLine', 'TextLine', 'TextEquiv']);
    expect(elements(lines[0] ?? regionById('02-lines')).map((node) => node.name)).toEqual(['Coords', 'Baseline', 'TextEquiv']);
  });

  it('keeps every text exactly, escaped, without characters XML cannot hold', () => {
    expect(unicode(regionById('02-lines'))).toBe(asXml(LINES_TEXT));
    expect(unicode(regionById('03-arabic'))).toBe(ARABIC_TEXT);
    expect(unicode(find(regionById('09-table'), 'TextRegion'))).toBe('Баға\t5 тиын\nЖыл\t1913');
    expect(contentOf(0)).not.toContain('<img');
    expect(contentOf(0)).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; "x"');
    expect(contentOf(0)).not.toContain('\u0001');
    expect(findAll(regionById('10-empty'), 'TextEquiv')).toEqual([]);
  });

  it('writes direction, language and script in PAGE terms', () => {
    expect(regionById('03-arabic').attrs).toMatchObject({ readingDirection: 'right-to-left', primaryLanguage: 'Kazakh', primaryScript: 'Arab - Arabic' });
    expect(regionById('02-lines').attrs).toMatchObject({ readingDirection: 'left-to-right', primaryLanguage: 'Kazakh', primaryScript: 'Cyrl - Cyrillic' });
    expect(regionById('04-margin').attrs).toMatchObject({ primaryLanguage: 'Russian' });
    // 'auto' is left for the reader to decide; no script named.
    expect(regionById('04-margin').attrs.readingDirection).toBeUndefined();
    expect(regionById('04-margin').attrs.primaryScript).toBeUndefined();
  });

  it('keeps the text of a region that is not text in a TextRegion inside it', () => {
    const seal = find(regionById('07-seal'), 'TextRegion');
    expect(seal.attrs).toMatchObject({ id: 'r_07-seal_text', readingDirection: 'right-to-left', primaryScript: 'Arab - Arabic' });
    expect(find(seal, 'Coords').attrs.points).toBe(find(regionById('07-seal'), 'Coords').attrs.points);
    expect(unicode(seal)).toBe('مهر');
    expect(unicode(find(regionById('06-ad'), 'TextRegion'))).toBe(AD_TEXT);
    expect(findAll(regionById('08-picture'), 'TextRegion')).toEqual([]);
  });

  it('writes the same files whatever order the regions come in', () => {
    expect(exportFiles(exportPageXml, { doc: DOC, regions: [...REGIONS].reverse() }, OPTIONS)).toEqual(files);
  });

  it('keeps ids unique when a region names two lines alike', () => {
    const line = { id: 'line-same', polygon: [[10, 10], [90, 10], [90, 30]] as [number, number][], text: 'a' };
    const twice = { ...REGIONS[2], lines: [line, line] } as (typeof REGIONS)[number];
    const [file] = exportFiles(exportPageXml, { doc: DOC, regions: [twice] }, OPTIONS);
    expect(validatePageXml(file?.content ?? '')).toBe('');
    expect(findAll(parseXml(file?.content ?? ''), 'TextLine').map((node) => node.attrs.id)).toEqual(['l_01-heading_line-same', 'l_01-heading_line-same_2']);
  });

  it('names a one-page image by the name it was imported under', () => {
    const doc = { ...DOC, sources: [{ sha256: 'b'.repeat(64), format: 'jpeg' as const, originalName: 'Қазақ № 5.jpg', size: 10, pageCount: 1 }], pages: DOC.pages.slice(0, 1) };
    const [file] = exportFiles(exportPageXml, { doc, regions: [] }, OPTIONS);
    expect(find(parseXml(file?.content ?? ''), 'Page').attrs.imageFilename).toBe('Қазақ № 5.jpg');
    expect(validatePageXml(file?.content ?? '')).toBe('');
  });
});
