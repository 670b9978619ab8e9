import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectAnnotationFormat } from '../../../src/main/archive/formats/exchange/detect-annotation-format';
import type { ParsedPage, ParsedRegion } from '../../../src/main/archive/formats/exchange/import-types';
import { readPageXml } from '../../../src/main/archive/formats/page-xml/read-page';
import { corpusFile } from '../../support/corpus';

const corpus = (path: string) => readFileSync(corpusFile(path), 'utf8');
const count = (xml: string, element: string) => (xml.match(new RegExp(`<(?:\\w+:)?${element}[\\s>/]`, 'g')) ?? []).length;
const lines = (page: ParsedPage) => page.regions.flatMap((r) => r.lines);
const region = (page: ParsedPage, id: string): ParsedRegion => {
  const found = page.regions.find((r) => r.sourceId === id);
  if (!found) throw new Error(`no region ${id}`);
  return found;
};
const inReadingOrder = (page: ParsedPage) => [...page.regions].sort((a, b) => a.order - b.order).map((r) => r.sourceId);

/** Each TextLine's own text as the file writes it: the last Unicode inside it (PAGE puts the line's TextEquiv after its words). */
function lineTextsByRegex(xml: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [block, id] of xml.matchAll(/<(?:\w+:)?TextLine\b[^>]*?\bid="([^"]+)"[\s\S]*?<\/(?:\w+:)?TextLine>/g)) {
    const unicodes = [...block.matchAll(/<(?:\w+:)?Unicode>([\s\S]*?)<\/(?:\w+:)?Unicode>/g)];
    texts.set(id ?? '', unicodes.at(-1)?.[1] ?? '');
  }
  return texts;
}

const REGION_ELEMENTS = ['TextRegion', 'ImageRegion', 'GraphicRegion', 'TableRegion', 'ChartRegion', 'LineDrawingRegion', 'AdvertRegion', 'MapRegion', 'MathsRegion', 'ChemRegion', 'MusicRegion'];
const countRegions = (xml: string) => REGION_ELEMENTS.reduce((n, element) => n + count(xml, element), 0);

describe('PAGE XML import: the OCR-D corpus', () => {
  it.each([
    'ocrd-assets/kant_aufklaerung_1784/PAGE_0017_PAGE.xml',
    'ocrd-assets/kant_aufklaerung_1784/PAGE_0020_PAGE.xml',
    'ocrd-assets/communist_manifesto/OCR-D-SEG-KRAKEN_0015.xml',
    'ocrd-assets/kant_aufklaerung_1784-glyph/OCR-D-GT-SEG-WORD_GLYPH_0001.xml',
    'ocrd-assets/dfki-testdata/CROP_1586.xml',
    'schemas/page-xml/example/SimplePage.xml',
  ])('%s: as many regions and lines as the file has, separators reported, every line’s text exact', (path) => {
    const xml = corpus(path);
    const page = readPageXml(xml);
    expect(detectAnnotationFormat(xml)).toBe('page-xml');
    expect(page.regions).toHaveLength(countRegions(xml));
    expect(lines(page)).toHaveLength(count(xml, 'TextLine'));
    expect(page.skipped).toHaveLength(count(xml, 'SeparatorRegion'));
    expect(page.skipped.every((s) => s.what.startsWith('SeparatorRegion '))).toBe(true);
    const expected = lineTextsByRegex(xml);
    for (const line of lines(page)) expect(line.text).toBe(expected.get(line.sourceId ?? ''));
    expect(page.regions.map((r) => r.order).sort((a, b) => a - b)).toEqual(page.regions.map((_, i) => i));
  });

  it('reads the 1784 page: size, image, headings, a paragraph’s text line by line, language from its lines', () => {
    const page = readPageXml(corpus('ocrd-assets/kant_aufklaerung_1784/PAGE_0017_PAGE.xml'));
    expect(page).toMatchObject({ format: 'page-xml', unit: 'pixel', width: 1457, height: 2083, imageName: 'OCR-D-IMG/INPUT_0017.tif' });
    expect(page.regions).toHaveLength(11);
    expect(lines(page)).toHaveLength(24);
    expect(region(page, 'r_1_1')).toMatchObject({ kind: 'heading', order: 0, text: 'Berliniſche Monatsſchrift.', language: 'de', direction: 'auto' });
    expect(region(page, 'r_1_1').shape).toEqual({ type: 'polygon', points: [[113, 365], [919, 365], [919, 439], [113, 439]] });
    expect(region(page, 'r_2_2').text).toBe('Beantwortung der Frage:\nWas iſt Aufklaͤrung?');
    const paragraph = region(page, 'r_2_4');
    expect(paragraph.kind).toBe('text');
    expect(paragraph.lines[1]).toEqual({
      sourceId: 'tl_9',
      polygon: expect.any(Array) as unknown,
      baseline: [[114, 1164], [922, 1164]],
      text: 'ſchen aus ſeiner ſelbſt verſchuldeten Unmuͤn-',
    });
    expect(paragraph.text.split('\n')).toEqual(paragraph.lines.map((l) => l.text));
    // A drop capital and a signature mark are text; the one line without a Baseline has none.
    expect(region(page, 'region_1474985170674_163')).toMatchObject({ kind: 'text', text: 'A' });
    expect(region(page, 'region_1474985170674_163').lines[0]?.baseline).toBeUndefined();
    expect(inReadingOrder(page)).toEqual(['r_1_1', 'r_1_2', 'r_1_3', 'r_2_1', 'r_2_2', 'r_2_3', 'region_1474985170674_163', 'r_2_4', 'TextRegion_1478541553314_860', 'TextRegion_1478541568663_880', 'TextRegion_1478541568662_879']);
  });

  it('reads the 1784 page 20 (PAGE 2019): four regions in order, 31 lines', () => {
    const page = readPageXml(corpus('ocrd-assets/kant_aufklaerung_1784/PAGE_0020_PAGE.xml'));
    expect(page).toMatchObject({ width: 1457, height: 2084 });
    expect(inReadingOrder(page)).toEqual(['r_1_1', 'r_2_1', 'r_2_2', 'r_2_3']);
    expect(region(page, 'r_2_2').lines[0]).toMatchObject({ sourceId: 'tl_14', text: 'Zu dieſer Aufklaͤrung aber wird nichts erfordert', baseline: [[589, 1011], [1334, 1011]] });
  });

  it('reads kraken’s segmentation (pc: prefix, no text): 6 regions, 30 lines with many-pointed outlines and baselines', () => {
    const page = readPageXml(corpus('ocrd-assets/communist_manifesto/OCR-D-SEG-KRAKEN_0015.xml'));
    expect(page).toMatchObject({ width: 2745, height: 4445, imageName: 'OCR-D-IMG/OCR-D-IMG_0015.png' });
    expect(page.regions).toHaveLength(6);
    expect(lines(page)).toHaveLength(30);
    expect(lines(page).every((l) => l.text === '' && (l.baseline?.length ?? 0) >= 2 && l.polygon.length > 4)).toBe(true);
    expect(region(page, 'region_1').shape.type).toBe('polygon');
  });

  it('reads the glyph-level ground truth: line texts, page language and reading direction inherited', () => {
    const page = readPageXml(corpus('ocrd-assets/kant_aufklaerung_1784-glyph/OCR-D-GT-SEG-WORD_GLYPH_0001.xml'));
    expect(page.regions).toHaveLength(8);
    expect(region(page, 'r0')).toMatchObject({ language: 'de', direction: 'ltr', text: 'Berliniſche Monatsſchrift.\n1 7 8 4.\nZwoͤlftes Stuͤk. December.' });
    expect(region(page, 'r1').lines.map((l) => l.text)).toEqual(['I.', 'Beantwortung der Frage:', 'Was iﬅ Aufklaͤrung?']);
  });

  it('reads a Border-only page as no regions, and the PAGE example’s table cells and graphic', () => {
    expect(readPageXml(corpus('ocrd-assets/dfki-testdata/CROP_1586.xml'))).toMatchObject({ regions: [], skipped: [], width: 2323, height: 3214 });
    const page = readPageXml(corpus('schemas/page-xml/example/SimplePage.xml'));
    expect(page.regions).toHaveLength(14);
    expect(region(page, 'r0')).toMatchObject({ kind: 'heading', text: 'The PAGE Format' });
    expect(region(page, 'r0').lines[0]?.text).toBe('');
    expect(region(page, 'r1').text.split('\n')).toHaveLength(12);
    expect(region(page, 'r1').text.startsWith('There is a plethora of established and proposed\ndocument representation')).toBe(true);
    expect(region(page, 'r3')).toMatchObject({ kind: 'table', text: '' });
    expect(region(page, 'r9')).toMatchObject({ kind: 'text', text: 'Cell 2' });
    expect(region(page, 'r4')).toMatchObject({ kind: 'illustration' });
    // Listed regions first, the rest in document order: the table, its cells, then the graphic.
    expect(inReadingOrder(page)).toEqual(['r0', 'r1', 'r2', 'r3', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r4']);
  });
});

const TRANSKRIBUS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Metadata>
    <Creator>prov=READ-COOP:name=PyLaia</Creator>
    <Created>2023-01-01T00:00:00.000+01:00</Created>
    <LastChange>2023-01-02T00:00:00.000+01:00</LastChange>
    <TranskribusMetadata docId="1" pageId="2" pageNr="1" status="IN_PROGRESS"/>
  </Metadata>
  <Page imageFilename="kazakh_0001.jpg" imageWidth="1000" imageHeight="1400" primaryLanguage="Kazakh" primaryScript="Arab - Arabic" readingDirection="right-to-left">
    <ReadingOrder>
      <OrderedGroup id="ro1" caption="Regions reading order">
        <UnorderedGroupIndexed id="g2" index="1">
          <RegionRef regionRef="r_ad"/>
          <RegionRef regionRef="r_stamp"/>
        </UnorderedGroupIndexed>
        <RegionRefIndexed index="0" regionRef="r_head"/>
        <RegionRefIndexed index="2" regionRef="r_body"/>
      </OrderedGroup>
    </ReadingOrder>
    <TextRegion id="r_body" custom="readingOrder {index:2;}">
      <Coords points="100,300 900,300 900,900 100,900"/>
      <TextLine id="l1" custom="readingOrder {index:0;}">
        <Coords points="100,300 900,300 900,350 100,350"/>
        <Baseline points="100,340 900,340"/>
        <TextEquiv index="1"><Unicode>second choice</Unicode></TextEquiv>
        <TextEquiv index="0"><PlainText>plain</PlainText><Unicode>  &#x0628;&#1587;  &amp; two  spaces </Unicode></TextEquiv>
      </TextLine>
      <TextLine id="l2">
        <Coords points="100,360 900,360 900,410 100,410"/>
        <Word id="w1"><Coords points="100,360 400,360 400,410 100,410"/>
          <Glyph id="g1"><Coords points="100,360 150,360 150,410 100,410"/><TextEquiv><Unicode>қ</Unicode></TextEquiv></Glyph>
          <Glyph id="g2"><Coords points="150,360 200,360 200,410 150,410"/><TextEquiv><Unicode>ә</Unicode></TextEquiv></Glyph>
        </Word>
        <Word id="w2"><Coords points="400,360 900,360 900,410 400,410"/><TextEquiv><Unicode>сөз</Unicode></TextEquiv></Word>
      </TextLine>
      <TextStyle fontSize="12"/>
    </TextRegion>
    <TextRegion id="r_head" type="header" primaryLanguage="Russian" primaryScript="Cyrl - Cyrillic" readingDirection="left-to-right">
      <Coords points="100,100 900,100 900,200 100,200"/>
      <TextEquiv><Unicode>Заголовок</Unicode></TextEquiv>
    </TextRegion>
    <TextRegion id="r_note" type="footnote"><Coords points="100,1300 900,1300 900,1350 100,1350"/></TextRegion>
    <TextRegion id="r_nocoords" type="paragraph"><TextEquiv><Unicode>lost</Unicode></TextEquiv></TextRegion>
    <TextRegion id="r_twopoints"><Coords points="1,1 5,5"/></TextRegion>
    <GraphicRegion id="r_stamp" type="stamp"><Coords points="700,1000 900,1000 900,1200 700,1200"/></GraphicRegion>
    <GraphicRegion id="r_logo" type="logo"><Coords points="10,10 60,10 60,60 10,60"/></GraphicRegion>
    <AdvertRegion id="r_ad"><Coords points="100,1000 600,1000 600,1200 100,1200"/></AdvertRegion>
    <NoiseRegion id="r_noise"><Coords points="0,0 5,0 5,5 0,5"/></NoiseRegion>
    <TableRegion id="r_table"><Coords points="100,1210 900,1210 900,1290 100,1290"/>
      <TextRegion id="r_cell" type="paragraph"><Coords points="110,1220 300,1220 300,1280 110,1280"/><TextEquiv><Unicode>cell</Unicode></TextEquiv></TextRegion>
    </TableRegion>
  </Page>
</PcGts>`;

describe('PAGE XML import: what Transkribus and other tools write', () => {
  const page = readPageXml(TRANSKRIBUS);

  it('takes every region kind it has, nested ones flattened, and says why it left the others out', () => {
    expect(detectAnnotationFormat(TRANSKRIBUS)).toBe('page-xml');
    expect(page.regions.map((r) => [r.sourceId, r.kind])).toEqual([
      ['r_body', 'text'],
      ['r_head', 'heading'],
      ['r_note', 'marginalia'],
      ['r_stamp', 'seal'],
      ['r_logo', 'illustration'],
      ['r_ad', 'advertisement'],
      ['r_table', 'table'],
      ['r_cell', 'text'],
    ]);
    expect(page.skipped).toEqual([
      { what: 'TextRegion r_nocoords', reason: 'no-coordinates', why: expect.stringContaining('no coordinates') as unknown },
      { what: 'TextRegion r_twopoints', reason: 'no-coordinates', why: expect.stringContaining('no coordinates') as unknown },
      { what: 'NoiseRegion r_noise', reason: 'layout', why: expect.stringContaining('noise') as unknown },
    ]);
  });

  it('takes the primary TextEquiv (lowest index), with its whitespace and character references exactly', () => {
    const body = region(page, 'r_body');
    expect(body.lines[0]?.text).toBe('  بس  & two  spaces ');
    // No TextEquiv on the line: its words, joined by spaces; a word without one: its glyphs.
    expect(body.lines[1]?.text).toBe('қә сөз');
    expect(body.text).toBe('  بس  & two  spaces \nқә сөз');
    expect(region(page, 'r_head').text).toBe('Заголовок');
  });

  it('maps language names and script values, inheriting the page’s', () => {
    expect(region(page, 'r_body')).toMatchObject({ language: 'kk', script: 'Arab', direction: 'rtl' });
    expect(region(page, 'r_head')).toMatchObject({ language: 'ru', script: 'Cyrl', direction: 'ltr' });
  });

  it('follows the ReadingOrder through an indexed group; unlisted regions come after, in document order', () => {
    expect(inReadingOrder(page)).toEqual(['r_head', 'r_ad', 'r_stamp', 'r_body', 'r_note', 'r_logo', 'r_table', 'r_cell']);
  });

  it('takes names that are also JavaScript’s (constructor, __proto__) for what they are in the file', () => {
    const odd = readPageXml(`<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page imageWidth="9" imageHeight="9">
      <TextRegion id="r" type="constructor" primaryLanguage="__proto__"><Coords points="1,1 5,1 5,5"/></TextRegion></Page></PcGts>`);
    expect(odd.regions[0]).toMatchObject({ kind: 'text', language: '__proto__' });
  });

  it('reads PAGE 2010’s <Point> coordinates', () => {
    const old = readPageXml(`<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2010-03-19">
      <Page imageFilename="a.tif" imageWidth="100" imageHeight="200">
        <TextRegion id="r1"><Coords><Point x="1" y="2"/><Point x="50" y="2"/><Point x="50" y="40"/></Coords>
          <TextLine id="l1"><Coords><Point x="1" y="2"/><Point x="50" y="2"/><Point x="50" y="20"/></Coords><Baseline><Point x="1" y="18"/><Point x="50" y="18"/></Baseline>
            <TextEquiv><Unicode>old</Unicode></TextEquiv></TextLine>
        </TextRegion>
      </Page></PcGts>`);
    expect(old.regions[0]).toMatchObject({ shape: { type: 'polygon', points: [[1, 2], [50, 2], [50, 40]] }, text: 'old' });
    expect(old.regions[0]?.lines[0]?.baseline).toEqual([[1, 18], [50, 18]]);
  });
});

describe('PAGE XML import: bad input is refused with a clear reason', () => {
  it('refuses another namespace, and another root element', () => {
    expect(() => detectAnnotationFormat('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')).toThrow('The file is XML, but neither PAGE XML nor ALTO: its root element is <TEI> in the namespace "http://www.tei-c.org/ns/1.0".');
    expect(() => readPageXml('<PcGts xmlns="http://example.org/not-page"><Page/></PcGts>')).toThrow(/is not PAGE XML: its namespace is "http:\/\/example.org\/not-page"/);
    expect(() => readPageXml(corpus('ocrd-assets/kant_aufklaerung_1784/PAGE_0017_ALTO.xml'))).toThrow(/is not PAGE XML: its namespace is "http:\/\/www.loc.gov\/standards\/alto\/ns-v2#"/);
    expect(() => readPageXml('<Foo xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"/>')).toThrow(/root element is <Foo>/);
  });

  it('refuses malformed XML with its line, an empty file, and entity declarations', () => {
    const broken = corpus('schemas/page-xml/example/SimplePage.xml').replace('</TextLine>', '');
    expect(() => readPageXml(broken)).toThrow(/not well-formed XML at line \d+/);
    expect(() => readPageXml('')).toThrow(/empty/);
    expect(() => readPageXml('  \n ')).toThrow(/empty/);
    const bomb = `<?xml version="1.0"?><!DOCTYPE PcGts [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
      <PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page imageWidth="1" imageHeight="1"><TextRegion id="r"><TextEquiv><Unicode>&c;</Unicode></TextEquiv></TextRegion></Page></PcGts>`;
    expect(() => readPageXml(bomb)).toThrow(/declares entities/);
    expect(() => readPageXml('<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">&nbsp;</PcGts>')).toThrow(/entity &nbsp;/);
    expect(() => readPageXml('<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">&constructor;</PcGts>')).toThrow(/entity &constructor;/);
  });

  it('refuses a file without a Page, and absurd sizes', () => {
    expect(() => readPageXml('<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"/>')).toThrow(/no Page element/);
    expect(() => readPageXml(`<PcGts>${' '.repeat(51 * 1024 * 1024)}</PcGts>`)).toThrow(/MB are refused/);
    const regions = Array.from({ length: 100_001 }, (_, i) => `<TextRegion id="r${i}"><Coords points="1,1 5,1 5,5"/></TextRegion>`).join('');
    expect(() => readPageXml(`<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page>${regions}</Page></PcGts>`)).toThrow(
      'The file describes 100001 regions on one page; more than 100000 are refused.',
    );
  });
});
