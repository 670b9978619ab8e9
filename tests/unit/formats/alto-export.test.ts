import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files';
import { exportAlto } from '../../../src/main/archive/formats/alto/write-alto';
import { validateAlto } from '../../support/validate-xml';
import { AD_TEXT, asXml, DOC, DOC_ID, elements, find, findAll, LINE_1, LINE_2, OPTIONS, parseXml, READING_ORDER, REGIONS, SOURCE, type Node } from './export-fixture';

const files = exportFiles(exportAlto, SOURCE, OPTIONS);
const root = (index: number) => parseXml(files[index]?.content ?? '');
const printSpace = (index: number) => find(root(index), 'PrintSpace');
const blockById = (id: string) => {
  const found = elements(printSpace(0)).find((node) => node.attrs.ID === `r_${id}`);
  if (!found) throw new Error(`no block r_${id}`);
  return found;
};

/** A line's words as ALTO has them: Strings, with an SP between each two. */
const wordsOf = (line: Node) => elements(line).filter((node) => node.name !== 'Shape').map((node) => (node.name === 'SP' ? ' ' : (node.attrs.CONTENT ?? '')));
const lineText = (line: Node) => wordsOf(line).join('');
const box = (node: Node) => [node.attrs.HPOS, node.attrs.VPOS, node.attrs.WIDTH, node.attrs.HEIGHT].map(Number);

describe('ALTO export', () => {
  it('writes one file per page, each valid against ALTO 4.4', () => {
    expect(files.map((file) => file.name)).toEqual([`${DOC_ID}-p0001.alto.xml`, `${DOC_ID}-p0002.alto.xml`]);
    expect(files.map((file) => file.mediaType)).toEqual(['application/xml', 'application/xml']);
    for (const file of files) expect(validateAlto(file.content)).toBe('');
  });

  it('describes the unit, the image and the software that wrote it', () => {
    const alto = root(0);
    expect(alto.attrs).toMatchObject({ xmlns: 'http://www.loc.gov/standards/alto/ns-v4#', SCHEMAVERSION: '4.4' });
    expect(find(alto, 'MeasurementUnit').children).toEqual(['pixel']);
    expect(find(alto, 'fileName').children).toEqual([`${DOC_ID}-p0001.jpg`]);
    expect(find(alto, 'softwareName').children).toEqual([OPTIONS.generator]);
    expect(find(alto, 'processingDateTime').children).toEqual(['2024-05-01T10:20:30.000Z']);
    expect(find(alto, 'Page').attrs).toMatchObject({ ID: 'p0001', PHYSICAL_IMG_NR: '1', PRINTED_IMG_NR: '1', WIDTH: '2000', HEIGHT: '3000', LANG: 'kk-Cyrl' });
    expect(find(root(1), 'Page').attrs).toMatchObject({ ID: 'p0002', PHYSICAL_IMG_NR: '2', WIDTH: '2100', HEIGHT: '3100' });
  });

  it('writes the blocks in reading order and says so in a ReadingOrder; a bare page has neither', () => {
    const ids = READING_ORDER.map((id) => `r_${id}`);
    expect(elements(printSpace(0)).map((node) => node.attrs.ID)).toEqual(ids);
    expect(findAll(find(root(0), 'ReadingOrder'), 'ElementRef').map((ref) => ref.attrs.REF)).toEqual(ids);
    expect(elements(printSpace(1))).toEqual([]);
    expect(findAll(root(1), 'ReadingOrder')).toEqual([]);
    expect(files[0]?.content).not.toContain('11-nowhere');
  });

  it('writes each kind as its ALTO block', () => {
    const kinds = elements(printSpace(0)).map((node) => [node.attrs.ID, node.name, node.attrs.TYPE ?? node.attrs.TAGREFS]);
    expect(kinds).toEqual([
      ['r_01-heading', 'TextBlock', 'tag_heading'],
      ['r_02-lines', 'TextBlock', undefined],
      ['r_03-arabic', 'TextBlock', undefined],
      ['r_04-margin', 'TextBlock', 'tag_marginalia'],
      ['r_05-heading', 'TextBlock', 'tag_heading'],
      ['r_06-ad', 'ComposedBlock', 'advertisement'],
      ['r_08-picture', 'Illustration', undefined],
      ['r_09-table', 'ComposedBlock', 'table'],
      ['r_07-seal', 'ComposedBlock', 'seal'],
      ['r_10-empty', 'TextBlock', undefined],
    ]);
    expect(findAll(root(0), 'StructureTag').map((tag) => tag.attrs)).toEqual([
      { ID: 'tag_heading', LABEL: 'heading' },
      { ID: 'tag_marginalia', LABEL: 'marginalia' },
    ]);
    // A seal with a legend: its picture and its text side by side.
    expect(elements(blockById('07-seal')).map((node) => [node.name, node.attrs.TYPE])).toEqual([
      ['Shape', undefined],
      ['Illustration', 'seal'],
      ['TextBlock', undefined],
    ]);
  });

  it('boxes blocks in whole pixels on the page and adds a polygon outline as a Shape', () => {
    expect(box(blockById('01-heading'))).toEqual([100, 81, 1800, 120]);
    expect(findAll(blockById('01-heading'), 'Shape')).toEqual([]);
    expect(box(blockById('02-lines'))).toEqual([0, 200, 2000, 2800]);
    expect(find(blockById('02-lines'), 'Polygon').attrs.POINTS).toBe('0,201 2000,200 1991,900 90,3000');
  });

  it('writes drawn lines with their box, outline, baseline and words', () => {
    const lines = elements(blockById('02-lines')).filter((node) => node.name === 'TextLine');
    expect(lines.map((line) => line.attrs.ID)).toEqual(['l_02-lines_line-0001', 'l_02-lines_line-0002']);
    expect(lines.map(box)).toEqual([
      [100, 210, 1800, 90],
      [100, 310, 1800, 91],
    ]);
    expect(lines.map((line) => line.attrs.BASELINE)).toEqual(['100,290 1900,290', '100,390 1950,391']);
    expect(lines.map((line) => find(line, 'Polygon').attrs.POINTS)).toEqual(['100,210 1900,210 1900,300 100,300', '100,310 1900,310 1900,400 100,401']);
    expect(wordsOf(lines[0] ?? blockById('02-lines'))).toEqual(['Әлихан', ' ', 'Бөкейханов', ' ', 'Орынборда']);
    expect(lines.map(lineText)).toEqual([LINE_1, asXml(LINE_2).replace('  ', ' ')]);
    expect(files[0]?.content).not.toContain('<img');
    expect(files[0]?.content).not.toContain('\u0001');
  });

  it('cuts a block typed as a whole into one line per line of text', () => {
    const lines = findAll(blockById('03-arabic'), 'TextLine');
    expect(lines.map(lineText)).toEqual(['قازاق ەلى', 'الاش ورداسى']);
    expect(lines.map(box)).toEqual([
      [100, 1000, 800, 200],
      [100, 1200, 800, 200],
    ]);
    expect(lineText(find(blockById('06-ad'), 'TextLine'))).toBe(AD_TEXT);
    expect(findAll(blockById('09-table'), 'TextLine').map(lineText)).toEqual(['Баға 5 тиын', 'Жыл 1913']);
    expect(findAll(blockById('10-empty'), 'TextLine')).toEqual([]);
  });

  it('writes direction and language (with the script) on the block', () => {
    expect(blockById('03-arabic').attrs).toMatchObject({ LANG: 'kk-Arab', BASEDIRECTION: 'rtl' });
    expect(blockById('02-lines').attrs).toMatchObject({ LANG: 'kk-Cyrl', BASEDIRECTION: 'ltr' });
    expect(blockById('04-margin').attrs).toMatchObject({ LANG: 'ru' });
    expect(blockById('04-margin').attrs.BASEDIRECTION).toBeUndefined();
    expect(find(blockById('07-seal'), 'TextBlock').attrs).toMatchObject({ LANG: 'und-Arab', BASEDIRECTION: 'rtl' });
  });

  it('writes the same files whatever order the regions come in', () => {
    expect(exportFiles(exportAlto, { doc: DOC, regions: [...REGIONS].reverse() }, OPTIONS)).toEqual(files);
  });
});
