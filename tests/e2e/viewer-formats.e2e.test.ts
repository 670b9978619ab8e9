import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../support/corpus';
import { libraryJourney } from './harness/library-journey';
import { inkRatio } from './harness/pixels';
import { screenshot } from './harness/screenshots';
import { runCli } from './harness/serve';

const FIXTURES = join(import.meta.dirname, '../fixtures');

interface Listed {
  documents: { id: string; title: string }[];
}

/** Every kind of scan the import takes shows in the viewer: TIFF pages, fax and JPEG PDFs, an encrypted PDF. */
describe('the viewer shows what the import took', () => {
  const journey = libraryJourney(async (library) => {
    const plain = await runCli([
      'import',
      '--library',
      library,
      corpusFile('newspaper-fixtures/topaz-times-1944/ttt_19441101-19450131_0061.tif'),
      corpusFile('newspaper-fixtures/ndnp-1935-sn85058233/1292.pdf'),
    ]);
    expect(plain.code, plain.stdout + plain.stderr).toBe(0);
    const locked = await runCli(['import', '--library', library, '--password', 'alash1918', join(FIXTURES, 'encrypted-aes256.pdf')]);
    expect(locked.code, locked.stdout + locked.stderr).toBe(0);
  });

  const idOf = async (title: string) => {
    const listed = JSON.parse((await runCli(['list', '--library', journey.library(), '--json'])).stdout) as Listed;
    const doc = listed.documents.find((d) => d.title === title);
    if (!doc) throw new Error(`no document titled ${title}`);
    return doc.id;
  };

  it('shows a G4 TIFF page as an image the browser can decode', async () => {
    const page = await journey.open(`#/doc/${await idOf('ttt_19441101-19450131_0061')}/page/1`);
    await page.locator('[data-testid="page-view"][data-state="rendered"]').waitFor();
    expect(await page.getByTestId('page-image').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1205);
    await screenshot(page, 'viewer-g4-tiff');
  });

  it('draws a scanned PDF page and an encrypted one with its kept password', async () => {
    for (const title of ['1292', 'encrypted-aes256']) {
      const page = await journey.open(`#/doc/${await idOf(title)}/page/1`);
      await page.locator('[data-testid="page-view"][data-state="rendered"]').waitFor();
      expect(await inkRatio(page.getByTestId('page-canvas')), title).toBeGreaterThan(0.001);
      await page.close();
    }
  });
});
