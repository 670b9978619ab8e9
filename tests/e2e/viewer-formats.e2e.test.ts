import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../support/corpus';
import { libraryJourney } from './harness/library-journey';
import { inkRatio } from './harness/pixels';
import { screenshot } from './harness/screenshots';
import { runCli } from './harness/serve';
import { documentTitled, openRendered, pageBox, sharpLayers, viewRoute, waitForPageState } from './harness/viewer';

const FIXTURES = join(import.meta.dirname, '../fixtures');

interface PdfCase {
  file: string;
  what: string;
  /** Least share of ink on the canvas: the page's marks were drawn, not just white paper. */
  ink: number;
  /** Something the page's text layer must hold, proving its font and encoding were read. */
  text?: RegExp;
  /** A folder of pdf.js data (served by the app itself) the page needs. */
  needs?: 'cmaps' | 'iccs';
}

/** PDFs from pdf.js's own test suite that break careless renderers; each must draw offline. */
const PDFS: PdfCase[] = [
  { file: 'pdfjs/ArabicCIDTrueType.pdf', what: 'Arabic in a CID TrueType font', ink: 0.007, text: /[\u0600-\u06ff\ufb50-\ufeff]{4}/ },
  { file: 'pdfjs/arial_unicode_ab_cidfont.pdf', what: 'Arabic in an embedded Arial Unicode CID font', ink: 0.0003 },
  { file: 'pdfjs/vertical.pdf', what: 'vertical Japanese, read through the bundled cMaps', ink: 0.001, text: /あいうえお/, needs: 'cmaps' },
  { file: 'pdfjs/issue20232.pdf', what: 'a Russian drawing’s title block in Cyrillic', ink: 0.015, text: /Масштаб/ },
  { file: 'pdfjs/cmykjpeg.pdf', what: 'a CMYK JPEG with its ICC profile', ink: 0.008, needs: 'iccs' },
  { file: 'pdfjs/ccitt_EndOfBlock_false.pdf', what: 'CCITT fax images', ink: 0.05 },
];

const titleOf = (file: string) => basename(file, '.pdf');

/** Share of the canvas that is clearly blue (a sky): CMYK read as RGB would turn it orange. */
const blueShare = (page: Page) =>
  page.getByTestId('page-canvas').evaluate((element) => {
    const canvas = element as HTMLCanvasElement;
    const { data } = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height) ?? { data: new Uint8ClampedArray() };
    let blue = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i + 2] ?? 0) - (data[i] ?? 0) > 40) blue++;
    return blue / (data.length / 4 || 1);
  });

/** Every kind of scan the import takes shows in the viewer, with nothing fetched from outside the app. */
describe('the viewer shows what the import took', () => {
  const journey = libraryJourney(async (library) => {
    const files = [
      corpusFile('newspaper-fixtures/topaz-times-1944/ttt_19441101-19450131_0061.tif'),
      corpusFile('newspaper-fixtures/ndnp-1935-sn85058233/1292.pdf'),
      corpusFile('pdfjs/rotation.pdf'),
      ...PDFS.map((pdf) => corpusFile(pdf.file)),
    ];
    const plain = await runCli(['import', '--library', library, ...files]);
    expect(plain.code, plain.stdout + plain.stderr).toBe(0);
    const locked = await runCli(['import', '--library', library, '--password', 'alash1918', join(FIXTURES, 'encrypted-aes256.pdf')]);
    expect(locked.code, locked.stdout + locked.stderr).toBe(0);
  });

  it('shows a G4 TIFF page as an image the browser can decode', async () => {
    const page = await openRendered(journey, (await documentTitled(journey, 'ttt_19441101-19450131_0061')).id);
    expect(await page.getByTestId('page-image').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1205);
    await screenshot(page, 'viewer-g4-tiff');
  });

  it('shows a scanned newspaper PDF page by its scan at fit width, with its OCR text, and has pdf.js draw it at 400 %', async () => {
    const id = (await documentTitled(journey, '1292')).id;
    const page = await openRendered(journey, id);
    expect(await sharpLayers(page)).toEqual([]);
    expect(await inkRatio(page.getByTestId('page-preview'))).toBeGreaterThan(0.01);
    await expect.poll(async () => (await page.getByTestId('text-layer').textContent())?.length ?? 0).toBeGreaterThan(1000);
    const close = await openRendered(journey, id, 1, 4);
    const [detail] = await sharpLayers(close);
    expect(detail?.kind).toBe('page-detail');
    expect(await inkRatio(close.getByTestId('page-detail'))).toBeGreaterThan(0.01);
  });

  it('draws an encrypted PDF with the password kept at import', async () => {
    const page = await openRendered(journey, (await documentTitled(journey, 'encrypted-aes256')).id);
    expect(await inkRatio(page.getByTestId('page-canvas'))).toBeGreaterThan(0.001);
  });

  it('draws a page by its own /Rotate, and the one beside it upright', async () => {
    const doc = await documentTitled(journey, 'rotation');
    const page = await openRendered(journey, doc.id, 1, 'fit-page');
    const upright = await pageBox(page);
    expect(upright.width).toBeLessThan(upright.height);
    expect(await inkRatio(page.getByTestId('page-canvas'))).toBeGreaterThan(0.0005);
    await page.getByTestId('next-page').click();
    await waitForPageState(page, 'rendered', 2);
    const turned = await pageBox(page, 2);
    expect(turned.width).toBeGreaterThan(turned.height);
    const canvas = page.getByTestId('page-canvas');
    expect(await canvas.evaluate((c) => (c as HTMLCanvasElement).width > (c as HTMLCanvasElement).height)).toBe(true);
    expect(await inkRatio(canvas)).toBeGreaterThan(0.0005);
  });

  for (const pdf of PDFS) {
    it(`draws ${titleOf(pdf.file)}: ${pdf.what}`, async () => {
      const doc = await documentTitled(journey, titleOf(pdf.file));
      const page = await journey.open('#/');
      const served: string[] = [];
      page.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (path.startsWith('/pdfjs/') && response.ok()) served.push(path);
      });
      await page.goto(`${journey.served().url}${viewRoute(doc.id)}`);
      await waitForPageState(page, 'rendered');
      expect(await inkRatio(page.getByTestId('page-canvas'))).toBeGreaterThan(pdf.ink);
      if (pdf.text) {
        await page.locator('[data-testid="text-status"][data-has-text="true"]').waitFor();
        await expect.poll(() => page.getByTestId('text-layer').textContent()).toMatch(pdf.text);
      }
      if (pdf.needs) expect(served.some((path) => path.startsWith(`/pdfjs/${pdf.needs}/`))).toBe(true);
      if (pdf.needs === 'iccs') expect(await blueShare(page)).toBeGreaterThan(0.02);
      await screenshot(page, `viewer-format-${titleOf(pdf.file)}`);
    });
  }
});
