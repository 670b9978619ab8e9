import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAlto } from '../../../src/main/archive/formats/alto/read-alto';
import { detectAnnotationFormat } from '../../../src/main/archive/formats/exchange/detect-annotation-format';
import type { ParsedPage, ParsedRegion } from '../../../src/main/archive/formats/exchange/import-types';
import { placeOnPage } from '../../../src/main/archive/formats/exchange/place-on-page';
import { readPageXml } from '../../../src/main/archive/formats/page-xml/read-page';
import { findPageScans } from '../../../src/main/archive/formats/pdf/page-scans';
import { openPdf } from '../../../src/main/archive/formats/pdf/pdfjs-node';
import { shapeBounds } from '../../../src/shared/geometry/shape-check';
import { corpusFile } from '../../support/corpus';

const corpus = (path: string) => readFileSync(corpusFile(path), 'utf8');
const count = (xml: string, element: string) => (xml.match(new RegExp(`<${element}[\\s>/]`, 'g')) ?? []).length;
const lines = (page: ParsedPage) => page.regions.flatMap((r) => r.lines);
const region = (page: ParsedPage, id: string): ParsedRegion => {
  const found = page.regions.find((r) => r.sourceId === id);
  if (!found) throw new Error(`no region ${id}`);
  return found;
};
const unescape = (text: string) => text.replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** Each TextLine's text by a simpler rule than the reader's: its Strings joined by spaces, then its HYP. */
function lineTextsByRegex(xml: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [block, id] of xml.matchAll(/<TextLine\b[^>]*?\bID="([^"]+)"[\s\S]*?<\/TextLine>/g)) {
    const words = [...block.matchAll(/<String\b[^>]*?\sCONTENT="([^"]*)"/g)].map((m) => m[1] ?? '');
    const hyphen = /<HYP\b[^>]*?\sCONTENT="([^"]*)"/.exec(block)?.[1] ?? '';
    texts.set(id ?? '', unescape(words.join(' ') + hyphen));
  }
  return texts;
}

const NDNP = 'newspaper-fixtures/ndnp-1935-sn85058233';

describe('ALTO import: the corpus', () => {
  it.each([
    ['ocrd-assets/kant_aufklaerung_1784/PAGE_0017_ALTO.xml', 11, 24],
    ['ocrd-assets/kant_aufklaerung_1784/PAGE_0020_ALTO.xml', 4, 31],
    [`${NDNP}/1289.xml`, 38, 810],
    [`${NDNP}/1292.xml`, 35, 986],
  ])('%s: every TextBlock a region (%i), every TextLine a line (%i), every line’s text exact', (path, regions, lineCount) => {
    const xml = corpus(path);
    const page = readAlto(xml);
    expect(detectAnnotationFormat(xml)).toBe('alto');
    expect(page.regions).toHaveLength(count(xml, 'TextBlock'));
    expect(page.regions).toHaveLength(regions);
    expect(lines(page)).toHaveLength(count(xml, 'TextLine'));
    expect(lines(page)).toHaveLength(lineCount);
    expect(page.skipped).toHaveLength(count(xml, 'GraphicalElement'));
    const expected = lineTextsByRegex(xml);
    for (const line of lines(page)) expect(line.text).toBe(expected.get(line.sourceId ?? ''));
    for (const r of page.regions) expect(r.text).toBe(r.lines.map((l) => l.text).join('\n'));
    // Document order is the reading order when the file gives none.
    expect(page.regions.map((r) => r.order)).toEqual(page.regions.map((_, i) => i));
  });

  it('reads the 1784 ALTO like its PAGE twin: the same regions, outlines and line boxes', () => {
    const alto = readAlto(corpus('ocrd-assets/kant_aufklaerung_1784/PAGE_0017_ALTO.xml'));
    const page = readPageXml(corpus('ocrd-assets/kant_aufklaerung_1784/PAGE_0017_PAGE.xml'));
    expect(alto).toMatchObject({ format: 'alto', unit: 'pixel', width: 1457, height: 2083 });
    expect(alto.regions.map((r) => r.sourceId)).toEqual(page.regions.map((r) => r.sourceId));
    expect(region(alto, 'r_1_1').shape).toEqual(region(page, 'r_1_1').shape);
    expect(region(alto, 'r_1_1').lines[0]).toEqual({ sourceId: 'tl_1', polygon: [[114, 366], [918, 366], [918, 438], [114, 438]], baseline: [[114, 438], [918, 438]], text: 'Berliniſche Monatsſchrift .' });
    expect(alto.skipped.map((s) => s.what)).toEqual(['GraphicalElement r_3', 'GraphicalElement Separator_1475146243208_1']);
  });

  it('reads the 1935 newspaper in 1/1200 inch: hyphens, quotes, language, the image it was made from', () => {
    const page = readAlto(corpus(`${NDNP}/1289.xml`));
    expect(page).toMatchObject({ unit: 'inch1200', width: 18200, height: 28872 });
    expect(page.imageName?.endsWith('/ocr/0656a.tif')).toBe(true);
    expect(region(page, 'TB.0656a.1')).toMatchObject({ text: 'Page Two', language: 'en', shape: { type: 'rect', x: 1320, y: 964, width: 824, height: 172 } });
    const story = region(page, 'TB.0656a.2');
    expect(story.text.startsWith("Housewife's Idea Box\nKeeping Butter Fresh\n")).toBe(true);
    const line = (id: string) => story.lines.find((l) => l.sourceId === id)?.text;
    expect(line('TB.0656a.2_19')).toBe("The stone cutter's chisel on the en-");
    expect(line('TB.0656a.2_20')).toBe('tablature of the public building Is a');
    expect(line('TB.0656a.2_32')).toBe('"He Isn\'t going to have any," re-');
  });

  it.each([
    ['1289', "Housewife's", 'TB.0656a.2_0'],
    ['1289', 'Keeping', 'TB.0656a.2_1'],
    ['1292', 'Park', 'TB.0657b.15_0'],
  ])('puts the %s page’s lines on its scan: the PDF’s own text layer prints “%s” where line %s lands', async (name, word, lineId) => {
    const pdfBytes = new Uint8Array(readFileSync(corpusFile(`${NDNP}/${name}.pdf`)));
    const [scan] = await findPageScans(pdfBytes);
    if (!scan) throw new Error('the 1935 pages are one scan each');
    const parsed = readAlto(corpus(`${NDNP}/${name}.xml`));
    const placed = placeOnPage(parsed, scan);
    expect(placed.notes.map((note) => note.text)).toEqual([expect.stringMatching(/scaled from 1\/1200 inch \(inch1200\) to the page's \d+×\d+ pixels \(by 0\.1250\)/)]);
    expect(placed.regions).toHaveLength(parsed.regions.length);
    for (const r of placed.regions) {
      const box = shapeBounds(r.shape);
      expect(box.x + box.width).toBeLessThanOrEqual(scan.width);
      expect(box.y + box.height).toBeLessThanOrEqual(scan.height);
    }
    // Document order is reading order here, so the placed regions and lines stand where the parsed ones do.
    const at = parsed.regions.findIndex((r) => r.lines.some((l) => l.sourceId === lineId));
    const lineAt = parsed.regions[at]?.lines.findIndex((l) => l.sourceId === lineId) ?? -1;
    const line = placed.regions[at]?.lines[lineAt];
    expect(line?.text.startsWith(word)).toBe(true);
    expect(line?.polygon).toEqual(parsed.regions[at]?.lines[lineAt]?.polygon.map(([x, y]) => [x / 8, y / 8]));
    const top = line?.polygon[0];
    const bottom = line?.polygon[2];
    if (!top || !bottom) throw new Error(`no line ${lineId}`);

    const pdf = await openPdf(pdfBytes);
    const pdfPage = await pdf.getPage(1);
    const viewport = pdfPage.getViewport({ scale: scan.width / pdfPage.getViewport({ scale: 1 }).width });
    const items = (await pdfPage.getTextContent()).items.filter((item) => 'str' in item && item.str === word);
    // The text layer's word starts at the line's left edge and sits on its baseline (inside the box, or just under it).
    const onLine = items.filter((item) => {
      if (!('transform' in item)) return false;
      const [x, y] = viewport.convertToViewportPoint(item.transform[4] as number, item.transform[5] as number) as [number, number];
      return Math.abs(x - top[0]) < 3 && y > top[1] && y < bottom[1] + (bottom[1] - top[1]) * 0.3;
    });
    expect(onLine).toHaveLength(1);
    await pdf.destroy();
  });
});

const ALTO4 = `<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#" xmlns:xlink="http://www.w3.org/1999/xlink">
  <Description>
    <MeasurementUnit>mm10</MeasurementUnit>
    <sourceImageInformation><fileName>scan-0001.tif</fileName></sourceImageInformation>
  </Description>
  <Tags><StructureTag ID="st_head" LABEL="Heading"/><LayoutTag ID="lt_col" LABEL="column"/></Tags>
  <ReadingOrder>
    <OrderedGroup ID="ro">
      <ElementRef ID="e1" REF="CB1"/>
      <UnorderedGroup ID="ug"><ElementRef ID="e2" REF="TB_rtl"/></UnorderedGroup>
      <ElementRef ID="e3" REF="TB_top_line"/>
    </OrderedGroup>
  </ReadingOrder>
  <Layout>
    <Page ID="P1" WIDTH="2100" HEIGHT="2970" PHYSICAL_IMG_NR="1" LANG="kk">
      <TopMargin ID="TM" HPOS="0" VPOS="0" WIDTH="2100" HEIGHT="200">
        <TextBlock ID="TB_top" HPOS="100" VPOS="50" WIDTH="300" HEIGHT="60" LANG="kk-Arab" TAGREFS="lt_col st_head">
          <TextLine ID="TB_top_line" HPOS="100" VPOS="50" WIDTH="300" HEIGHT="60"><String CONTENT="12" HPOS="100" VPOS="50" WIDTH="40" HEIGHT="60"/></TextLine>
        </TextBlock>
      </TopMargin>
      <PrintSpace ID="PS" HPOS="0" VPOS="200" WIDTH="2100" HEIGHT="2700">
        <TextBlock ID="TB_rtl" HPOS="100" VPOS="300" WIDTH="1900" HEIGHT="200" BASEDIRECTION="rtl">
          <Shape><Polygon POINTS="100,300 2000,300 2000,500 100,500"/></Shape>
          <TextLine ID="L1" HPOS="100" VPOS="300" WIDTH="1900" HEIGHT="100" BASELINE="110,390 1000,392 1990,395">
            <SP WIDTH="10" HPOS="100" VPOS="300"/>
            <String CONTENT="қазақ" HPOS="110" VPOS="300" WIDTH="300" HEIGHT="90"/><SP/><SP/><String CONTENT="тілі" HPOS="450" VPOS="300" WIDTH="300" HEIGHT="90"/><HYP CONTENT="¬"/>
          </TextLine>
          <TextLine ID="L2" HPOS="100" VPOS="400" WIDTH="1900" HEIGHT="100" BASELINE="490"><String CONTENT="&#x0627;&amp;b"/><HYP CONTENT=""/></TextLine>
          <TextLine ID="L_nobox"><String CONTENT="no box"/></TextLine>
        </TextBlock>
        <ComposedBlock ID="CB1" HPOS="100" VPOS="600" WIDTH="1900" HEIGHT="1000" TYPE="article">
          <TextBlock ID="TB_c1" HPOS="100" VPOS="600" WIDTH="900" HEIGHT="100"/>
          <ComposedBlock ID="CB2" HPOS="1000" VPOS="600" WIDTH="1000" HEIGHT="1000">
            <Illustration ID="IL_seal" TYPE="stamp" HPOS="1000" VPOS="600" WIDTH="400" HEIGHT="400"/>
          </ComposedBlock>
        </ComposedBlock>
        <Illustration ID="IL_photo" HPOS="100" VPOS="1700" WIDTH="800" HEIGHT="800"/>
        <ComposedBlock ID="CB_ad" HPOS="1000" VPOS="1700" WIDTH="900" HEIGHT="800" TYPE="Advertisement">
          <Shape><Polygon POINTS="1000,1700 1900,1700 1900,2500"/></Shape>
          <TextBlock ID="TB_ad1" HPOS="1000" VPOS="1700" WIDTH="900" HEIGHT="100" LANG="ru"><TextLine ID="L_ad1" HPOS="1000" VPOS="1700" WIDTH="900" HEIGHT="50"><String CONTENT="Продаётся"/></TextLine></TextBlock>
          <Illustration ID="IL_ad" HPOS="1000" VPOS="1800" WIDTH="900" HEIGHT="600"/>
          <TextBlock ID="TB_ad2" HPOS="1000" VPOS="2400" WIDTH="900" HEIGHT="100" LANG="ru"><TextLine ID="L_ad2" HPOS="1000" VPOS="2400" WIDTH="900" HEIGHT="50"><String CONTENT="дом"/></TextLine></TextBlock>
        </ComposedBlock>
        <Illustration ID="IL_nobox" HPOS="100" VPOS="1700"/>
        <GraphicalElement ID="GE_rule" HPOS="100" VPOS="2600" WIDTH="1900" HEIGHT="5"/>
      </PrintSpace>
    </Page>
    <Page ID="P2" WIDTH="2100" HEIGHT="2970"/>
  </Layout>
</alto>`;

describe('ALTO import: what ALTO 2–4 can say', () => {
  const page = readAlto(ALTO4);

  it('reads the unit, size and image; blocks in the margins and inside composed blocks; kinds from tags, TYPEs and elements', () => {
    expect(page).toMatchObject({ unit: 'mm10', width: 2100, height: 2970, imageName: 'scan-0001.tif' });
    expect(page.regions.map((r) => [r.sourceId, r.kind])).toEqual([
      ['TB_top', 'heading'],
      ['TB_rtl', 'text'],
      ['TB_c1', 'text'],
      ['IL_seal', 'seal'],
      ['IL_photo', 'illustration'],
      ['CB_ad', 'advertisement'],
    ]);
    // A ComposedBlock of a kind is one region: its outline, its TextBlocks' lines and text, their language.
    expect(region(page, 'CB_ad')).toMatchObject({ shape: { type: 'polygon', points: [[1000, 1700], [1900, 1700], [1900, 2500]] }, text: 'Продаётся\nдом', language: 'ru' });
    expect(region(page, 'CB_ad').lines.map((l) => l.sourceId)).toEqual(['L_ad1', 'L_ad2']);
    // A block that names no language has the Page's.
    expect(region(page, 'TB_c1').language).toBe('kk');
    expect(page.skipped).toEqual([
      { what: 'Page P2', reason: 'elsewhere', why: expect.stringContaining('one page') as unknown },
      { what: 'Illustration IL_nobox', reason: 'no-coordinates', why: expect.stringContaining('no coordinates') as unknown },
      { what: 'GraphicalElement GE_rule', reason: 'layout', why: expect.stringContaining('not content') as unknown },
    ]);
  });

  it('takes the polygon over the box, SP as one space, HYP as its hyphen, character references decoded', () => {
    const rtl = region(page, 'TB_rtl');
    expect(rtl).toMatchObject({ shape: { type: 'polygon', points: [[100, 300], [2000, 300], [2000, 500], [100, 500]] }, direction: 'rtl' });
    expect(rtl.lines.map((l) => l.text)).toEqual(['қазақ тілі¬', 'ا&b', 'no box']);
    expect(rtl.text).toBe('қазақ тілі¬\nا&b\nno box');
    expect(rtl.lines[0]?.baseline).toEqual([[110, 390], [1000, 392], [1990, 395]]);
    expect(rtl.lines[1]?.baseline).toEqual([[100, 490], [2000, 490]]);
    expect(rtl.lines[2]?.polygon).toEqual([]);
    expect(region(page, 'TB_c1').shape).toEqual({ type: 'rect', x: 100, y: 600, width: 900, height: 100 });
    expect(region(page, 'TB_top').language).toBe('kk-Arab');
  });

  it('follows ALTO 4’s ReadingOrder: a ComposedBlock stands for its blocks, a line for its block', () => {
    const order = [...page.regions].sort((a, b) => a.order - b.order).map((r) => r.sourceId);
    expect(order).toEqual(['TB_c1', 'IL_seal', 'TB_rtl', 'TB_top', 'IL_photo', 'CB_ad']);
  });

  it('reads ALTO 2’s "x y x y" points and `language`, and ALTO without a namespace or in the CCS one', () => {
    const alto2 = readAlto(`<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#"><Description><MeasurementUnit>pixel</MeasurementUnit></Description>
      <Layout><Page ID="p" WIDTH="100" HEIGHT="100"><PrintSpace>
        <TextBlock ID="b" HPOS="1" VPOS="1" WIDTH="50" HEIGHT="50" language="de"><Shape><Polygon POINTS="1 1 50 1 50 50"/></Shape>
          <TextLine ID="l" HPOS="1" VPOS="1" WIDTH="50" HEIGHT="20"><String CONTENT="eins"/><String CONTENT="zwei"/></TextLine></TextBlock>
      </PrintSpace></Page></Layout></alto>`);
    expect(alto2.regions[0]).toMatchObject({ shape: { type: 'polygon', points: [[1, 1], [50, 1], [50, 50]] }, language: 'de', text: 'eins zwei' });
    for (const ns of ['', ' xmlns="http://schema.ccs-gmbh.com/ALTO"', ' xmlns="http://www.loc.gov/standards/alto/ns-v3#"']) {
      const text = `<alto${ns}><Layout><Page ID="p"><PrintSpace><TextBlock ID="b" HPOS="1" VPOS="1" WIDTH="5" HEIGHT="5"/></PrintSpace></Page></Layout></alto>`;
      expect(detectAnnotationFormat(text)).toBe('alto');
      expect(readAlto(text)).toMatchObject({ unit: 'pixel', width: undefined, regions: [{ sourceId: 'b' }] });
    }
  });
});

describe('ALTO import: bad input is refused with a clear reason', () => {
  it('refuses another namespace or root, an unknown unit, a file without a page', () => {
    expect(() => readAlto('<alto xmlns="http://example.org/alto"/>')).toThrow(/not ALTO: its root element is <alto> in the namespace "http:\/\/example.org\/alto"/);
    expect(() => readAlto(corpus('schemas/page-xml/example/SimplePage.xml'))).toThrow(/not ALTO: its root element is <PcGts>/);
    expect(() => readAlto('<alto><Description><MeasurementUnit>furlong</MeasurementUnit></Description><Layout><Page/></Layout></alto>')).toThrow(/measures in "furlong"/);
    expect(() => readAlto('<alto><Layout/></alto>')).toThrow(/no Layout\/Page/);
  });

  it('refuses malformed XML with its line, and entity declarations', () => {
    expect(() => readAlto('<alto>\n<Layout>\n<Page></Layout>\n</alto>')).toThrow(/not well-formed XML at line 3/);
    expect(() => readAlto('<!DOCTYPE alto [<!ENTITY lol "lol">]><alto>&lol;</alto>')).toThrow(/declares entities/);
  });
});
