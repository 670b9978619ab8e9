import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writePdf, writePng } from '../support/sample-files';
import { libraryJourney } from './harness/library-journey';
import { screenshot } from './harness/screenshots';

const ENCRYPTED = resolve(import.meta.dirname, '../fixtures/encrypted-aes256.pdf');

interface Listed {
  id: string;
  title: string;
  pages: unknown[];
}

const summary = (page: Page) => page.getByTestId('import-summary');

/** Waits for the import to finish and returns its summary line. */
async function finished(page: Page): Promise<string> {
  await summary(page).waitFor();
  return (await summary(page).locator('.import-counts').textContent()) ?? '';
}

describe('importing through the UI in browser mode: picker, folder, drop, passwords, cancel', () => {
  const journey = libraryJourney();
  const titles = async () => (await journey.call<Listed[]>('listDocuments')).map((d) => d.title);

  it('imports a PNG and a PDF from the file picker and reports a bad file with its reason', async () => {
    const dir = journey.dir();
    const png = await writePng(dir, 'Қазақ-1917-скан.png', 900, 1200);
    const pdf = await writePdf(dir, 'Сарыарқа-1918-№29.pdf', [
      [595, 842],
      [595, 842],
    ]);
    const bad = join(dir, 'зақымдалған.pdf');
    await writeFile(bad, Buffer.from('%PDF-1.7 this is not really a PDF at all, just words'));
    const page = await journey.open();
    await expect.poll(() => page.getByTestId('library-row').count()).toBe(3);
    await page.getByTestId('import-files-input').setInputFiles([png, pdf, bad]);
    expect(await finished(page)).toBe('Imported: 2 · already in the library: 0 · not imported: 1.');
    const failure = page.getByTestId('import-failure');
    expect(await failure.count()).toBe(1);
    expect(await failure.textContent()).toMatch(/^зақымдалған\.pdf: Unsupported or damaged file — /);
    await screenshot(page, 'import-summary');
    await expect.poll(() => page.getByTestId('library-row').count()).toBe(5);
    expect(await titles()).toEqual(expect.arrayContaining(['Қазақ-1917-скан', 'Сарыарқа-1918-№29']));
    const made = (await journey.call<Listed[]>('listDocuments')).find((d) => d.title === 'Сарыарқа-1918-№29');
    expect(made?.pages).toHaveLength(2);

    // The same files again: found, not twinned.
    await page.getByTestId('import-dismiss').click();
    await page.getByTestId('import-files-input').setInputFiles([png, pdf]);
    expect(await finished(page)).toBe('Imported: 0 · already in the library: 2 · not imported: 0.');
    await page.getByTestId('import-dismiss').click();
    await summary(page).waitFor({ state: 'detached' });
  });

  it('imports a folder of page images as one document, pages in natural order', async () => {
    const folder = join(journey.dir(), 'Қазақ 1917 № 255');
    await mkdir(folder, { recursive: true });
    for (const [name, shade] of [
      ['p1.png', 30],
      ['p2.png', 90],
      ['p10.png', 150],
    ] as const) {
      await writePng(folder, name, 400, 600, shade);
    }
    await writeFile(join(folder, 'mets.xml'), '<mets/>');
    const page = await journey.open();
    await page.getByTestId('import-folder-input').setInputFiles(folder);
    expect(await finished(page)).toBe('Imported: 1 · already in the library: 0 · not imported: 0.');
    const made = (await journey.call<Listed[]>('listDocuments')).find((d) => d.title === 'Қазақ 1917 № 255');
    expect(made?.pages).toHaveLength(3);
    const doc = await journey.call<{ sources: { originalName: string }[] }>('getDocument', { id: made?.id });
    expect(doc.sources.map((s) => s.originalName)).toEqual(['p1.png', 'p2.png', 'p10.png']);
    await page.getByTestId('import-dismiss').click();
  });

  it('imports files dropped on the window, showing a drop zone while they are dragged', async () => {
    const png = await readFile(await writePng(journey.dir(), 'dropped.png', 500, 700, 70));
    const page = await journey.open();
    await expect.poll(() => page.getByTestId('library-row').count()).toBeGreaterThan(3);
    const transfer = await page.evaluateHandle((bytes) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'Алаш-1918-сурет.png', { type: 'image/png' }));
      return data;
    }, [...png]);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    const zone = page.getByTestId('drop-zone');
    await zone.waitFor();
    expect(await zone.textContent()).toContain('Drop scans here to import them');
    await screenshot(page, 'import-drop-zone');
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await zone.waitFor({ state: 'detached' });
    expect(await finished(page)).toBe('Imported: 1 · already in the library: 0 · not imported: 0.');
    expect(await titles()).toContain('Алаш-1918-сурет');
    await page.getByTestId('import-dismiss').click();
  });

  it('asks for the password of an encrypted PDF, says when it is wrong, and imports with the right one', async () => {
    const page = await journey.open();
    const before = (await titles()).length;
    await page.getByTestId('import-files-input').setInputFiles(ENCRYPTED);
    const dialog = page.getByTestId('password-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('encrypted-aes256.pdf');
    expect(await dialog.getByTestId('wrong-password').count()).toBe(0);
    await dialog.getByLabel('Password').fill('qazaq1917');
    await dialog.getByRole('button', { name: 'Import with this password' }).click();
    await dialog.getByTestId('wrong-password').waitFor();
    expect(await dialog.getByTestId('wrong-password').textContent()).toBe('Wrong password: it does not open the file. Try again.');
    expect((await titles()).length).toBe(before);
    await screenshot(page, 'import-password');
    await dialog.getByLabel('Password').fill('alash1918');
    await dialog.getByRole('button', { name: 'Import with this password' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await finished(page)).toBe('Imported: 1 · already in the library: 0 · not imported: 0.');
    const made = (await journey.call<Listed[]>('listDocuments')).find((d) => d.title === 'encrypted-aes256');
    expect(made?.pages).toHaveLength(2);
    await page.getByTestId('import-dismiss').click();

    // The viewer opens it with the password kept at import.
    await page.goto(`${journey.served().url}#/doc/${made?.id ?? ''}/page/1`);
    await page.locator('[data-testid="page-view"][data-state="rendered"]').waitFor();
  });

  it('says why when an encrypted PDF is skipped', async () => {
    const page = await journey.open();
    const copy = join(journey.dir(), 'шифрланған.pdf');
    await writeFile(copy, Buffer.concat([await readFile(ENCRYPTED), Buffer.from('\n% a different file\n')]));
    await page.getByTestId('import-files-input').setInputFiles(copy);
    await page.getByTestId('password-dialog').getByRole('button', { name: 'Skip' }).click();
    expect(await finished(page)).toBe('Imported: 0 · already in the library: 0 · not imported: 1.');
    expect(await page.getByTestId('import-failure').textContent()).toContain('шифрланған.pdf: The PDF is encrypted and needs its password');
    await page.getByTestId('import-dismiss').click();
  });

  it('shows the file and the page being prepared while a long PDF imports', async () => {
    const long = await writePdf(journey.dir(), 'Қазақ-1917-жинақ.pdf', Array.from({ length: 30 }, () => [595, 842] as [number, number]));
    const page = await journey.open();
    await page.getByTestId('import-files-input').setInputFiles(long);
    const pageLine = page.getByTestId('import-progress').locator('.import-page');
    await expect.poll(() => pageLine.textContent(), { timeout: 30_000 }).toMatch(/^page \d+ of 30$/);
    expect(await page.getByTestId('import-progress').getByRole('status').textContent()).toBe('Importing file 1 of 1: Қазақ-1917-жинақ.pdf');
    expect(await page.getByTestId('import-progress').locator('progress').evaluate((bar: HTMLProgressElement) => bar.position)).toBeGreaterThan(0);
    await screenshot(page, 'import-progress');
    expect(await finished(page)).toBe('Imported: 1 · already in the library: 0 · not imported: 0.');
    await page.getByTestId('import-dismiss').click();
  });

  it('cancels a running import on its first progress and adds nothing', async () => {
    const big = await writePdf(journey.dir(), 'ұзын-нөмір.pdf', Array.from({ length: 80 }, () => [595, 842] as [number, number]));
    const page = await journey.open();
    const before = (await titles()).length;
    await expect.poll(() => page.getByTestId('library-row').count()).toBe(before);
    await page.getByTestId('import-files-input').setInputFiles(big);
    const progress = page.locator('[data-testid="import-progress"][data-stage="importing"]');
    await progress.waitFor();
    expect(await progress.getByRole('status').textContent()).toBe('Importing file 1 of 1: ұзын-нөмір.pdf');
    await progress.getByTestId('import-cancel').click();
    expect(await finished(page)).toBe('Imported: 0 · already in the library: 0 · not imported: 0. Cancelled: 1.');
    expect((await titles()).length).toBe(before);
    expect(await page.getByTestId('library-row').count()).toBe(before);
  });
});
