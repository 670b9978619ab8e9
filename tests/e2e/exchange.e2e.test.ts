import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../support/corpus';
import { validatePageXml } from '../support/validate-xml';
import { demoIds, libraryJourney } from './harness/library-journey';
import { screenshot } from './harness/screenshots';
import { openRendered } from './harness/viewer';

/** A PAGE file for a landscape image: no page of the demo newspaper has that shape. */
const OTHER_SIZE = `<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">
  <Metadata><Creator>test</Creator><Created>2026-01-01T00:00:00</Created><LastChange>2026-01-01T00:00:00</LastChange></Metadata>
  <Page imageFilename="landscape.png" imageWidth="3000" imageHeight="1000">
    <TextRegion id="r1"><Coords points="10,10 200,10 200,100 10,100"/><TextEquiv><Unicode>Алаш</Unicode></TextEquiv></TextRegion>
  </Page>
</PcGts>`;

interface Annotations {
  regions: { page: number }[];
}

/** An archivist takes a page's regions out as PAGE XML, brings them back, and brings in another tool's PAGE file. */
describe('export and import of annotations', () => {
  const journey = libraryJourney();
  const regionsOn = async (docId: string, page: number) => (await journey.call<Annotations>('getAnnotations', { docId })).regions.filter((r) => r.page === page).length;

  it('exports PAGE XML that validates, finds its own regions already there, takes a corpus PAGE file and refuses one for another image size', async () => {
    const { newspaper } = await demoIds(journey);
    const page = await openRendered(journey, newspaper);
    await page.getByTestId('exchange-open').click();
    const dialog = page.getByTestId('exchange-dialog');
    await dialog.waitFor();

    await page.getByTestId('export-format').selectOption('page');
    await page.getByTestId('export-run').click();
    const links = page.getByTestId('exported-file');
    await expect.poll(() => links.count()).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), links.first().click()]);
    const saved = join(journey.dir(), download.suggestedFilename());
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe(`${newspaper}-p0001.page.xml`);
    expect(validatePageXml(await readFile(saved, 'utf8'))).toBe('');
    await screenshot(page, 'exchange-export');

    // Both pages in one download: the same files, byte for byte.
    const [zip] = await Promise.all([page.waitForEvent('download'), page.getByTestId('exported-zip').click()]);
    expect(zip.suggestedFilename()).toBe(`${newspaper}.page.zip`);
    const zipped = join(journey.dir(), zip.suggestedFilename());
    await zip.saveAs(zipped);
    const entries = unzipSync(new Uint8Array(await readFile(zipped)));
    expect(Object.keys(entries).sort()).toEqual([`${newspaper}-p0001.page.xml`, `${newspaper}-p0002.page.xml`]);
    expect(strFromU8(entries[`${newspaper}-p0001.page.xml`] ?? new Uint8Array())).toBe(await readFile(saved, 'utf8'));

    // Back in: every region is already on the page, nothing is added twice.
    const before = await regionsOn(newspaper, 0);
    await page.getByTestId('exchange-import').click();
    await page.getByTestId('import-annotations-file').setInputFiles(saved);
    await page.getByTestId('import-annotations-run').click();
    const report = page.getByTestId('annotation-import-report');
    await report.waitFor();
    expect(before).toBeGreaterThan(0);
    expect(await report.getByTestId('import-added').textContent()).toBe(`0 regions added from PAGE XML. ${before} ${before === 1 ? 'was' : 'were'} already there.`);
    expect(await regionsOn(newspaper, 0)).toBe(before);

    // A PAGE file from OCR-D (Kant, 1784) onto page 2: its regions, scaled to the page.
    const kant = corpusFile('ocrd-assets/kant_aufklaerung_1784/PAGE_0017_PAGE.xml');
    const kantRegions = ((await readFile(kant, 'utf8')).match(/<TextRegion\b/g) ?? []).length;
    const onSecond = await regionsOn(newspaper, 1);
    await page.getByTestId('import-annotations-file').setInputFiles(kant);
    await page.getByTestId('import-annotations-page').selectOption('1');
    await page.getByTestId('import-annotations-run').click();
    await expect.poll(() => report.getByTestId('import-added').textContent()).toMatch(/^\d+ regions added from PAGE XML\.$/);
    const added = Number((await report.getByTestId('import-added').textContent())?.split(' ')[0]);
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThanOrEqual(kantRegions);
    expect(await regionsOn(newspaper, 1)).toBe(onSecond + added);
    // What was not taken, and how the file was fitted, in the reader's language; the engine's full reason on hover.
    expect(await report.getByTestId('import-skipped').textContent()).toContain('SeparatorRegion r_3: layout, not content');
    expect(await report.getByTestId('import-notes').textContent()).toContain("Coordinates scaled to the page's pixels (by 1.132)");
    await screenshot(page, 'exchange-import-report');

    // A file for an image of another shape: a clear error, nothing added.
    const landscape = join(journey.dir(), 'landscape.page.xml');
    await writeFile(landscape, OTHER_SIZE);
    await page.getByTestId('import-annotations-file').setInputFiles(landscape);
    await page.getByTestId('import-annotations-page').selectOption('0');
    await page.getByTestId('import-annotations-run').click();
    await expect.poll(() => page.getByTestId('import-annotations-error').textContent()).toContain('The file is for an image of another size: 3000×1000 pixels, and this page is 1650×2340 pixels');
    expect(await regionsOn(newspaper, 0)).toBe(before);
  });

  it('shows a long export page by page and cancels it, keeping no files', async () => {
    // A 200-page document (a folder of small page images) with 10,000 transcribed regions.
    const folder = join(journey.dir(), 'long-issue');
    await mkdir(folder);
    const blank = await sharp({ create: { width: 60, height: 80, channels: 3, background: '#f4ecd8' } }).png().toBuffer();
    await Promise.all(Array.from({ length: 200 }, (_, n) => writeFile(join(folder, `page-${n + 1}.png`), blank)));
    const [imported] = await journey.call<{ ok: boolean; docId: string }[]>('importFiles', { paths: [folder], grouping: 'folder' });
    if (!imported?.ok) throw new Error('the folder should import');
    const text = 'Алаш автономиясы құрылды. '.repeat(40);
    const changes = Array.from({ length: 10_000 }, (_, n) => ({
      op: 'put',
      id: `long-${String(n).padStart(5, '0')}`,
      baseRevision: 0,
      content: { page: n % 200, kind: 'text', order: n, status: 'draft', shape: { type: 'rect', x: 5, y: 5, width: 40, height: 20 }, text },
    }));
    // In saves of 2,000: a request's body is limited to 8 MiB.
    for (let from = 0; from < changes.length; from += 2000) await journey.call('saveRegions', { docId: imported.docId, author: 'Айгүл', changes: changes.slice(from, from + 2000) });

    const page = await openRendered(journey, imported.docId);
    await page.getByTestId('exchange-open').click();
    await page.getByTestId('export-format').selectOption('alto');
    await page.getByTestId('export-run').click();
    const progress = page.getByTestId('export-progress');
    await progress.waitFor();
    expect(await progress.textContent()).toMatch(/^Page \d+ of 200$/);
    await screenshot(page, 'exchange-export-progress');
    await expect.poll(() => page.getByTestId('exported-file').count(), { timeout: 60_000 }).toBe(200);
    expect(await progress.count()).toBe(0);
    const [zip] = await Promise.all([page.waitForEvent('download'), page.getByTestId('exported-zip').click()]);
    const zipped = join(journey.dir(), zip.suggestedFilename());
    await zip.saveAs(zipped);
    expect(Object.keys(unzipSync(new Uint8Array(await readFile(zipped))))).toHaveLength(200);
    await screenshot(page, 'exchange-export-many');

    // Cancelled as soon as it starts: a clear note, no files, and the form ready to run again.
    await page.getByTestId('export-run').click();
    await page.getByTestId('export-cancel').click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^Cancelled: the export was cancelled/);
    expect(await page.getByTestId('exported-file').count()).toBe(0);
    expect(await page.getByTestId('export-cancel').count()).toBe(0);
    await expect.poll(() => page.getByTestId('export-run').isEnabled()).toBe(true);

    // Closing the dialog mid-export stops the engine's work too: no one is left to take the files.
    await page.getByTestId('export-run').click();
    await page.getByTestId('export-progress').waitFor();
    const exported = page.waitForResponse((response) => response.url().endsWith('/api/call/exportDocument'));
    const cancelled = page.waitForRequest((request) => request.url().endsWith('/api/call/cancelJob'));
    await page.keyboard.press('Escape');
    const [response, cancel] = await Promise.all([exported, cancelled]);
    expect(await page.getByTestId('exchange-dialog').count()).toBe(0);
    expect(cancel.postDataJSON()).toEqual({ jobId: (response.request().postDataJSON() as { jobId: string }).jobId });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });
});
