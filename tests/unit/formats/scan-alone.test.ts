import { readFile } from 'node:fs/promises';
import {
  PDFDocument,
  PDFName,
  StandardFonts,
  TextRenderingMode,
  beginText,
  degrees,
  endText,
  moveText,
  popGraphicsState,
  pushGraphicsState,
  setFontAndSize,
  setTextRenderingMode,
  showText,
  type PDFPage,
  type PDFPageDrawImageOptions,
} from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { contentTokens } from '../../../src/main/archive/formats/pdf/content-tokens';
import { findPageScans } from '../../../src/main/archive/formats/pdf/page-scans';
import { corpusFile } from '../../support/corpus';

const PAGE: [number, number] = [600, 800];

type PaintScan = (placement?: PDFPageDrawImageOptions) => void;

/** One page with a 1200×1600 JPEG scan; `draw` paints it (edge to edge unless told otherwise) and whatever else the case needs. */
async function scannedPage(draw: (page: PDFPage, paintScan: PaintScan, doc: PDFDocument) => unknown): Promise<boolean | undefined> {
  const doc = await PDFDocument.create();
  const jpeg = await sharp({ create: { width: 1200, height: 1600, channels: 3, background: '#f4ecd8' } }).jpeg().toBuffer();
  const image = await doc.embedJpg(jpeg);
  const page = doc.addPage(PAGE);
  await draw(page, (placement = { x: 0, y: 0, width: PAGE[0], height: PAGE[1] }) => page.drawImage(image, placement), doc);
  const [scan] = await findPageScans(await doc.save());
  return scan?.alone;
}

/** Text in a rendering mode, drawn straight into the page's content. */
async function text(page: PDFPage, doc: PDFDocument, mode: TextRenderingMode): Promise<void> {
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const key = page.node.newFontDictionary('F1', font.ref);
  page.pushOperators(pushGraphicsState(), beginText(), setFontAndSize(key, 12), setTextRenderingMode(mode), moveText(50, 50), showText(font.encodeText('Alash')), endText(), popGraphicsState());
}

describe('a PDF page that shows only its scan', () => {
  it('is the scan painted edge to edge, upright, alone', async () => {
    expect(await scannedPage((_, paintScan) => paintScan())).toBe(true);
  });

  it('may hold invisible OCR text over the scan, or any text under it', async () => {
    expect(await scannedPage(async (page, paintScan, doc) => [paintScan(), await text(page, doc, TextRenderingMode.Invisible)])).toBe(true);
    expect(await scannedPage(async (page, paintScan, doc) => [await text(page, doc, TextRenderingMode.Fill), paintScan()])).toBe(true);
  });

  it('is not one with visible text, a drawn shape or a shown annotation over the scan', async () => {
    expect(await scannedPage(async (page, paintScan, doc) => [paintScan(), await text(page, doc, TextRenderingMode.Fill)])).toBe(false);
    expect(await scannedPage((page, paintScan) => [paintScan(), page.drawRectangle({ x: 10, y: 10, width: 40, height: 40 })])).toBe(false);
    expect(
      await scannedPage((page, paintScan, doc) => {
        paintScan();
        const stamp = doc.context.obj({ Type: 'Annot', Subtype: 'Stamp', Rect: [10, 10, 100, 50] });
        page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(stamp)]));
      }),
    ).toBe(false);
  });

  it('still is one with a link or a hidden annotation', async () => {
    expect(
      await scannedPage((page, paintScan, doc) => {
        paintScan();
        const link = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [10, 10, 100, 50] });
        const hidden = doc.context.obj({ Type: 'Annot', Subtype: 'Square', Rect: [10, 10, 100, 50], F: 2 });
        page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(link), doc.context.register(hidden)]));
      }),
    ).toBe(true);
  });

  it('is not one whose scan is drawn short of the page, or turned', async () => {
    expect(await scannedPage((_, paintScan) => paintScan({ x: 0, y: 0, width: PAGE[0] / 2, height: PAGE[1] / 2 }))).toBe(false);
    expect(await scannedPage((_, paintScan) => paintScan({ x: 0, y: PAGE[1], width: PAGE[0], height: PAGE[1], rotate: degrees(-90) }))).toBe(false);
  });

  it('reads the corpus as expected: the 1856, 1935 and 1944 newspapers are scans alone; pdf.js’s test page with marks drawn over its scan is not', async () => {
    const alone = async (path: string) => (await findPageScans(new Uint8Array(await readFile(corpusFile(path))))).map((scan) => scan?.alone);
    expect(await alone('newspaper-fixtures/pdf-batch-1856-sn93059126/1856051001.pdf')).toEqual([true, true, true, true]);
    expect(await alone('newspaper-fixtures/ndnp-1935-sn85058233/1292.pdf')).toEqual([true]);
    expect(await alone('newspaper-fixtures/topaz-times-1944/ttt_19441101-19450131_0059.pdf')).toEqual([true]);
    expect(await alone('pdfjs/issue14415.pdf')).toEqual([false]);
  });
});

describe('the tokens of a content stream', () => {
  const tokens = (text: string) => [...contentTokens(new TextEncoder().encode(text))].map((t) => ('value' in t ? `${t.kind}:${t.value}` : t.kind));

  it('reads numbers, names and operators, and passes over strings, arrays, dictionaries and comments whole', () => {
    expect(tokens('q 1 0 0 1 -2.5 .5 cm /Im0 Do Q')).toEqual(['operator:q', 'number:1', 'number:0', 'number:0', 'number:1', 'number:-2.5', 'number:0.5', 'operator:cm', 'name:Im0', 'operator:Do', 'operator:Q']);
    expect(tokens('(a (nested\\) ) string) Tj <48656c6c6f> Tj [(A) -20 (B)] TJ % a comment Tj\n/OC <</MCID 3 /X <</Y (>>)>> >> BDC')).toEqual([
      'operand',
      'operator:Tj',
      'operand',
      'operator:Tj',
      'operand',
      'number:-20',
      'operand',
      'operand',
      'operator:TJ',
      'name:OC',
      'operand',
      'operator:BDC',
    ]);
  });

  it('ends a dictionary at its own >>, not at a hex string’s > just before it', () => {
    expect(tokens('/Span <</A <</B <41>>>> /C (x)>> BDC /Im0 Do EMC')).toEqual(['name:Span', 'operand', 'operator:BDC', 'name:Im0', 'operator:Do', 'operator:EMC']);
  });

  it('stops at an inline image, whose data is not content syntax', () => {
    expect(tokens('BI /W 2 /H 2 ID \u0000)(\u00ff EI Q')).toEqual(['operator:BI']);
  });

  it('refuses a string that never ends', () => {
    expect(() => tokens('(never closed Tj')).toThrow(/does not end/);
  });
});
