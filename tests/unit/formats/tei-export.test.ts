import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files';
import { exportTei } from '../../../src/main/archive/formats/tei/write-tei';
import { validateTei } from '../../support/validate-xml';
import { AD_TEXT, ARABIC_TEXT, asXml, DOC, DOC_ID, elements, find, findAll, LINE_1, LINES_TEXT, OPTIONS, parseXml, READING_ORDER, REGIONS, SOURCE, textOf, type Node } from './export-fixture';

const files = exportFiles(exportTei, SOURCE, OPTIONS);
const content = files[0]?.content ?? '';
const tei = parseXml(content);
const body = find(tei, 'body');
const pages = elements(body);

/** Every element of the text that points at a region's zone (not a line's <lb/>), in document order. */
function pointingAtZones(node: Node): Node[] {
  return elements(node).flatMap((child) => [...((child.attrs.facs ?? '').startsWith('#z_') && child.name !== 'lb' ? [child] : []), ...pointingAtZones(child)]);
}
const regionElements = pointingAtZones(body);
const byZone = (id: string) => {
  const found = regionElements.find((node) => node.attrs.facs === `#z_${id}`);
  if (!found) throw new Error(`nothing points at z_${id}`);
  return found;
};
const zone = (id: string) => {
  const found = findAll(tei, 'zone').find((node) => node.attrs['xml:id'] === id);
  if (!found) throw new Error(`no zone ${id}`);
  return found;
};

describe('TEI export', () => {
  it('writes one file for the document, valid against tei_all', () => {
    expect(files.map((file) => [file.name, file.mediaType])).toEqual([[`${DOC_ID}.tei.xml`, 'application/tei+xml']]);
    expect(validateTei(content)).toBe('');
  });

  it('describes the document, this file and the printed source in the header', () => {
    const header = find(tei, 'teiHeader');
    expect(textOf(find(find(header, 'titleStmt'), 'title'))).toBe(DOC.title);
    expect(textOf(find(header, 'authority'))).toBe(OPTIONS.generator);
    expect(find(find(header, 'publicationStmt'), 'date').attrs.when).toBe('2024-05-01T10:20:30.000Z');
    const bibl = find(header, 'bibl');
    expect(findAll(bibl, 'title').map((title) => [title.attrs.level, textOf(title)])).toEqual([
      [undefined, DOC.title],
      ['j', 'Қазақ'],
    ]);
    expect(textOf(find(bibl, 'pubPlace'))).toBe('Орынбор');
    const date = find(bibl, 'date');
    expect([date.attrs.when, date.attrs.calendar, textOf(date)]).toEqual(['1913-02-15', '#cal_julian', '2 ақпан 1913']);
    expect(find(header, 'calendar').attrs['xml:id']).toBe('cal_julian');
    expect(findAll(bibl, 'biblScope').map((scope) => [scope.attrs.unit, textOf(scope)])).toEqual([
      ['issue', '5'],
      ['sheet', '4–5'],
    ]);
    expect(elements(find(bibl, 'msIdentifier')).map((part) => [part.name, part.attrs.type, textOf(part)])).toEqual([
      ['repository', undefined, 'ҚР ОМА'],
      ['collection', 'fonds', '1'],
      ['collection', 'inventory', '2'],
      ['idno', 'file', '3'],
    ]);
  });

  it('gives every page a surface in its pixel grid, and every region and line a zone', () => {
    const surfaces = findAll(tei, 'surface');
    expect(surfaces.map((surface) => surface.attrs)).toEqual([
      { 'xml:id': 's_p0001', n: '1', ulx: '0', uly: '0', lrx: '2000', lry: '3000' },
      { 'xml:id': 's_p0002', n: '2', ulx: '0', uly: '0', lrx: '2100', lry: '3100' },
    ]);
    expect(surfaces.map((surface) => find(surface, 'graphic').attrs.url)).toEqual([`${DOC_ID}-p0001.jpg`, `${DOC_ID}-p0002.jpg`]);
    expect(zone('z_01-heading').attrs).toEqual({ 'xml:id': 'z_01-heading', type: 'heading', ulx: '100', uly: '81', lrx: '1900', lry: '201' });
    expect(zone('z_02-lines').attrs).toMatchObject({ ulx: '0', uly: '200', lrx: '2000', lry: '3000', points: '0,201 2000,200 1991,900 90,3000' });
    expect(zone('z_02-lines_line-0002').attrs).toMatchObject({ type: 'line', ulx: '100', uly: '310', lrx: '1900', lry: '401', points: '100,310 1900,310 1900,400 100,401' });
    expect(findAll(surfaces[1] ?? tei, 'zone')).toEqual([]);
    expect(content).not.toContain('11-nowhere');
  });

  it('writes the text page by page, each region in reading order pointing at its zone', () => {
    expect(pages.map((div) => [div.name, div.attrs.type, div.attrs.n])).toEqual([
      ['div', 'page', '1'],
      ['div', 'page', '2'],
    ]);
    expect(pages.map((div) => elements(div)[0]?.attrs)).toEqual([
      { n: '1', facs: '#s_p0001' },
      { n: '2', facs: '#s_p0002' },
    ]);
    expect(regionElements.map((node) => node.attrs.facs)).toEqual(READING_ORDER.map((id) => `#z_${id}`));
    expect(regionElements.map((node) => [node.name, node.attrs.type ?? node.attrs.place])).toEqual([
      ['head', undefined],
      ['p', undefined],
      ['p', undefined],
      ['note', 'margin'],
      ['head', undefined],
      ['ab', 'advertisement'],
      ['figure', undefined],
      ['ab', 'table'],
      ['figure', 'seal'],
      ['p', undefined],
    ]);
    // A heading opens a section: TEI allows <head> only at the start of a div.
    const sections = elements(pages[0] ?? body).filter((node) => node.name === 'div');
    expect(sections.map((section) => elements(section)[0]?.attrs.facs)).toEqual(['#z_01-heading', '#z_05-heading']);
    const ids = new Set(findAll(tei, 'zone').map((node) => node.attrs['xml:id']));
    for (const pointer of [...regionElements, ...findAll(body, 'lb')].map((node) => node.attrs.facs ?? '')) expect(ids.has(pointer.slice(1))).toBe(true);
  });

  it('keeps every text exactly, escaped, without characters XML cannot hold', () => {
    expect(textOf(byZone('02-lines'))).toBe(asXml(LINES_TEXT));
    expect(textOf(byZone('03-arabic'))).toBe(ARABIC_TEXT);
    expect(textOf(byZone('06-ad'))).toBe(AD_TEXT);
    expect(textOf(byZone('09-table'))).toBe('Баға\t5 тиын\nЖыл\t1913');
    expect(textOf(find(byZone('07-seal'), 'p'))).toBe('مهر');
    expect(elements(byZone('08-picture'))).toEqual([]);
    expect(byZone('10-empty').children).toEqual([]);
    expect(content).not.toContain('<img');
    expect(content).not.toContain('\u0001');
  });

  it('starts each line with an <lb/> pointing at its zone', () => {
    const region = byZone('02-lines');
    expect(findAll(region, 'lb').map((lb) => lb.attrs.facs)).toEqual(['#z_02-lines_line-0001', '#z_02-lines_line-0002']);
    expect(region.children[0]).toEqual({ name: 'lb', attrs: { facs: '#z_02-lines_line-0001' }, children: [] });
    expect(findAll(byZone('03-arabic'), 'lb')).toEqual([]);
  });

  it('marks entities around their exact text, nesting contained ones and leaving out one that crosses another', () => {
    const region = byZone('02-lines');
    const person = find(region, 'persName');
    expect([person.attrs.ref, textOf(person)]).toEqual(['https://www.wikidata.org/wiki/Q2389838', 'Әлихан Бөкейханов']);
    expect([find(person, 'orgName').attrs.key, textOf(find(person, 'orgName'))]).toEqual(['Q123', 'Бөкей']);
    // The span over the line break holds the place and the <lb/>.
    const span = elements(region).find((node) => node.name === 'orgName');
    expect(span && textOf(span)).toBe(`${LINE_1.slice(18)}\n<img`);
    expect(span && elements(span).map((node) => node.name)).toEqual(['placeName', 'lb']);
    expect(findAll(region, 'placeName').map((place) => [place.attrs.key, textOf(place)])).toEqual([['Орынбор', 'Орынборда']]);
    expect(find(region, 'date').attrs.when).toBe('1913');
    expect(textOf(find(region, 'date'))).toBe('1913 ж.');
    expect(textOf(find(byZone('03-arabic'), 'orgName'))).toBe('الاش ورداسى');
  });

  it('writes language with script, and direction as style', () => {
    expect(find(tei, 'text').attrs['xml:lang']).toBe('kk-Cyrl');
    expect(byZone('03-arabic').attrs).toMatchObject({ 'xml:lang': 'kk-Arab', style: 'direction: rtl' });
    expect(byZone('02-lines').attrs).toMatchObject({ 'xml:lang': 'kk-Cyrl', style: 'direction: ltr' });
    expect(byZone('04-margin').attrs).toEqual({ place: 'margin', facs: '#z_04-margin', 'xml:lang': 'ru' });
    expect(find(byZone('07-seal'), 'p').attrs).toEqual({ 'xml:lang': 'und-Arab', style: 'direction: rtl' });
  });

  it('writes the same file whatever order the regions come in', () => {
    expect(exportFiles(exportTei, { doc: DOC, regions: [...REGIONS].reverse() }, OPTIONS)).toEqual(files);
  });

  it('stays valid with no metadata but a file number, which then stands in the bibl', () => {
    const doc = { ...DOC, metadata: { archivalReference: { file: '17' } } };
    const [file] = exportFiles(exportTei, { doc, regions: [] }, OPTIONS);
    expect(validateTei(file?.content ?? '')).toBe('');
    const bibl = find(parseXml(file?.content ?? ''), 'bibl');
    expect(elements(bibl).map((node) => node.name)).toEqual(['title', 'idno']);
  });
});
