import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFile } from '../support/corpus';
import { libraryJourney } from './harness/library-journey';
import { inkRatio } from './harness/pixels';
import { screenshot } from './harness/screenshots';
import { runCli } from './harness/serve';
import { documentTitled, mountedPages, pageView, shownZoom, stageGeometry, viewRoute, waitForPageState } from './harness/viewer';

/** A JBIG2 "bomb": a page whose image claims 100000 × 100000 pixels. */
const BOMB = 'pdfjs/bomb_giant.pdf';
/** A newspaper page that is only its scan: at fit width its preview is the page. */
const SCAN = 'newspaper-fixtures/ndnp-1935-sn85058233/1292.pdf';

const sha256Of = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

/** Two plain A4 pages, written without object streams so a page's dictionary can be found in the bytes. */
async function twoPagePdf(path: string): Promise<number> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2]) pdf.addPage([595, 842]).drawText(`Page ${n}`, { x: 60, y: 760, size: 30, font });
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  await writeFile(path, await pdf.save({ useObjectStreams: false }));
  return pdf.getPage(1).ref.objectNumber;
}

/**
 * Damages page `objectNumber` in place: its dictionary becomes an array, byte for byte the same
 * length, so the rest of the file (the other page, the cross-reference table) still reads.
 */
async function breakPage(path: string, objectNumber: number): Promise<void> {
  const text = (await readFile(path)).toString('latin1');
  const start = text.indexOf(`\n${objectNumber} 0 obj\n<<`);
  const end = text.indexOf('>>\nendobj', start);
  if (start < 0 || end < 0) throw new Error(`page object ${objectNumber} not found in ${path}`);
  const open = text.indexOf('<<', start);
  const broken = `${text.slice(0, open)}[ ${text.slice(open + 2, end)} ]${text.slice(end + 2)}`;
  await writeFile(path, Buffer.from(broken, 'latin1'));
}

/** Files pdf.js chokes on: the page says so in place, and the rest of the viewer keeps working. */
describe('the viewer and bad PDFs', () => {
  let damagedPage = 0;
  const journey = libraryJourney(async (library) => {
    const bomb = await runCli(['import', '--library', library, corpusFile(BOMB)]);
    expect(bomb.code, bomb.stdout + bomb.stderr).toBe(0);
    // pdf.js cannot open a page whose dictionary is not one, and the import (rightly) refuses such
    // a file; so a sound file is imported and its managed copy damaged, as a failing disk would.
    const source = join(library, '..', 'two-pages.pdf');
    damagedPage = await twoPagePdf(source);
    const sound = await runCli(['import', '--library', library, source]);
    expect(sound.code, sound.stdout + sound.stderr).toBe(0);
    const sha256 = await sha256Of(source);
    await breakPage(join(library, 'files', sha256.slice(0, 2), `${sha256}.pdf`), damagedPage);
    // A preview damaged in the cache after the import: the page is still there, in its PDF.
    const scan = await runCli(['import', '--library', library, corpusFile(SCAN)]);
    expect(scan.code, scan.stdout + scan.stderr).toBe(0);
    const scanSha = await sha256Of(corpusFile(SCAN));
    await writeFile(join(library, 'cache', 'pages', scanSha.slice(0, 2), scanSha, '1-preview.jpg'), 'not a JPEG');
  });
  let bomb = '';
  let damaged = '';
  let scan = '';
  beforeAll(async () => {
    bomb = (await documentTitled(journey, 'bomb_giant')).id;
    damaged = (await documentTitled(journey, 'two-pages')).id;
    scan = (await documentTitled(journey, '1292')).id;
  });

  it('keeps the toolbar working while the JBIG2 bomb is opened, and ends drawn or with a message', async () => {
    const page = await journey.open(viewRoute(bomb));
    await expect.poll(() => page.getByTestId('zoom-level').textContent()).not.toBe('');
    const before = await shownZoom(page);
    const clicked = Date.now();
    await page.getByTestId('tool-zoom-in').click();
    await expect.poll(() => shownZoom(page), { timeout: 2000 }).toBeGreaterThan(before);
    expect(Date.now() - clicked).toBeLessThan(2000);

    await expect.poll(() => pageView(page).getAttribute('data-state'), { timeout: 30_000 }).toMatch(/^(rendered|failed)$/);
    if ((await pageView(page).getAttribute('data-state')) === 'failed') {
      expect(await pageView(page).locator('figcaption[role="alert"]').textContent()).toMatch(/^Page 1 could not be shown: .+/);
    } else {
      expect(await inkRatio(page.getByTestId('page-canvas'))).toBeGreaterThan(0.001);
    }
    // Still responsive afterwards: the page turns a quarter at once.
    await page.keyboard.press('r');
    await expect.poll(() => page.getByTestId('viewer').getAttribute('data-rotation'), { timeout: 2000 }).toBe('90');
  });

  it('says in place that a page cannot be shown, while the other page still works', async () => {
    const page = await journey.open(viewRoute(damaged, 2));
    await waitForPageState(page, 'failed', 2);
    const message = pageView(page, 2).locator('figcaption[role="alert"]');
    expect(await message.textContent()).toBe('Page 2 could not be shown: Page dictionary kid reference points to wrong type of object.');
    expect(await pageView(page, 2).getAttribute('aria-label')).toBe(await message.textContent());
    await screenshot(page, 'viewer-page-failed');

    await page.keyboard.press('PageUp');
    await waitForPageState(page, 'rendered', 1);
    expect(await inkRatio(page.getByTestId('page-canvas'))).toBeGreaterThan(0.0005);

    // One under the other in continuous scroll at fit page: one page drawn, the other's message, at once.
    await page.keyboard.press('c');
    await page.keyboard.press('Control+0');
    await expect.poll(() => mountedPages(page)).toEqual([1, 2]);
    await waitForPageState(page, 'failed', 2);
    await waitForPageState(page, 'rendered', 1);
    await page.keyboard.press('c');
  });

  it('puts the message where the reader sees it when the page opens', async () => {
    const page = await journey.open(viewRoute(damaged, 2));
    await waitForPageState(page, 'failed', 2);
    // At fit width an A4 page is taller than the stage: its message must not sit below the fold.
    const text = await pageView(page, 2)
      .locator('figcaption[role="alert"]')
      .evaluate((caption) => {
        const range = document.createRange();
        range.selectNodeContents(caption);
        const { top, bottom } = range.getBoundingClientRect();
        return { top, bottom };
      });
    const stage = await stageGeometry(page);
    expect(text.top).toBeGreaterThanOrEqual(stage.y);
    expect(text.bottom).toBeLessThanOrEqual(stage.y + stage.height);
  });

  it('draws a scanned page from its PDF when its preview is damaged, not waiting for the preview forever', async () => {
    const page = await journey.open(viewRoute(scan));
    await waitForPageState(page, 'rendered');
    expect(await page.getByTestId('page-preview').count()).toBe(0);
    expect(await inkRatio(page.getByTestId('page-canvas'))).toBeGreaterThan(0.01);
    await screenshot(page, 'viewer-preview-damaged');
  });
});
