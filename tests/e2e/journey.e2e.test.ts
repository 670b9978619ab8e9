import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openTestArchive } from '../support/library';
import { writePng } from '../support/sample-files';
import { tempDir } from '../support/temp-dir';
import { launchChromium } from './harness/chromium';
import { openGuardedPage, type GuardedPage } from './harness/guarded-page';
import { inkRatio } from './harness/pixels';
import { screenshot } from './harness/screenshots';
import { runCli, serveLibrary, type ServedLibrary } from './harness/serve';

interface Listed {
  documents: { id: string; kind: string; pages: unknown[] }[];
}

describe('browser mode: the archivist’s first journey', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let browser: Browser;
  let served: ServedLibrary;
  let guarded: GuardedPage | undefined;
  let newspaper: string;
  let order: string;
  const library = () => join(dir.path, 'library');

  beforeAll(async () => {
    dir = await tempDir('muragat-e2e-');
    const demo = await runCli(['demo', '--library', library()]);
    expect(demo.code, demo.stderr).toBe(0);
    const listed = JSON.parse((await runCli(['list', '--library', library(), '--json'])).stdout) as Listed;
    newspaper = listed.documents.find((d) => d.kind === 'newspaper-issue')?.id ?? '';
    order = listed.documents.find((d) => d.kind === 'document')?.id ?? '';
    browser = await launchChromium();
    served = await serveLibrary(library());
  });
  afterEach(async () => {
    if (guarded) {
      // Every journey: nothing left the app's origin and nothing went wrong in the console.
      expect(guarded.foreignRequests).toEqual([]);
      expect(guarded.errors).toEqual([]);
      await guarded.close();
      guarded = undefined;
    }
  });
  afterAll(async () => {
    await browser.close();
    await served.stop();
    await dir.cleanup();
  });

  it('lists the library, opens a document, shows a real page, and keeps the place on reload', async () => {
    guarded = await openGuardedPage(browser, served.origin);
    const { page } = guarded;
    await page.goto(served.url);
    const rows = page.getByTestId('library-row');
    await expect.poll(() => rows.count()).toBe(3);
    await expect.poll(() => page.getByTestId('library-list').textContent()).toContain('«Сарыарқа», 1918 ж. 25 қараша, № 28');
    await screenshot(page, 'library-en');

    await page.locator(`[data-doc-id="${newspaper}"] a`).click();
    await page.waitForURL(`**/#/doc/${newspaper}/page/1`);
    const view = page.getByTestId('page-view');
    await view.and(page.locator('[data-state="rendered"]')).waitFor();
    expect(await view.getAttribute('aria-label')).toBe('Page 1 of «Сарыарқа», 1918 ж. 25 қараша, № 28');
    // The demo's pages are scans alone: at fit width the preview made from the scan is the page.
    expect(await inkRatio(page.getByTestId('page-preview'))).toBeGreaterThan(0.01);
    await screenshot(page, 'page-1-fit-width');

    await page.getByTestId('next-page').click();
    await page.waitForURL(`**/#/doc/${newspaper}/page/2`);
    await page.locator('[data-testid="page-view"][data-state="rendered"]').waitFor();
    await page.reload();
    await page.locator('[data-testid="page-view"][data-state="rendered"]').waitFor();
    expect(page.url()).toMatch(new RegExp(`#/doc/${newspaper}/page/2$`));
    // The page number is a go-to-page field followed by the page count.
    expect(await page.getByTestId('go-to-page').inputValue()).toBe('2');
    expect(await page.getByTestId('page-indicator').textContent()).toBe('of 2');
    expect(await inkRatio(page.getByTestId('page-preview'))).toBeGreaterThan(0.01);

    await page.keyboard.press('PageUp');
    await page.waitForURL(`**/#/doc/${newspaper}/page/1`);
  });

  it('shows a scan imported elsewhere without a reload', async () => {
    guarded = await openGuardedPage(browser, served.origin);
    const { page } = guarded;
    await page.goto(served.url);
    const rows = page.getByTestId('library-row');
    await expect.poll(() => rows.count()).toBe(3);
    const scan = await writePng(dir.path, 'new-scan.png', 640, 900);
    const imported = await runCli(['import', '--library', library(), scan]);
    // The server holds the library, so the CLI is refused; an import through the API is not.
    expect(imported.code).toBe(1);
    const response = await fetch(`${served.url}api/call/importFiles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ paths: [scan] }) });
    expect(await response.json()).toMatchObject({ ok: true, value: [{ ok: true, duplicate: false }] });
    await expect.poll(() => rows.count()).toBe(4);
    await expect.poll(() => page.getByTestId('library-list').textContent()).toContain('new-scan');
  });

  it('opens deep links, shows image pages, and says so when a page does not exist', async () => {
    guarded = await openGuardedPage(browser, served.origin);
    const { page } = guarded;
    await page.goto(`${served.url}#/doc/${order}/page/1`);
    await page.locator('[data-testid="page-view"][data-state="rendered"]').waitFor();
    expect(await page.getByTestId('page-image').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1400);
    await page.goto(`${served.url}#/doc/${order}/page/9`);
    await page.getByText('This document has no page 9.').waitFor();
    await page.goto(`${served.url}#/doc/ffffffffffffffff/page/1`);
    await page.getByText('This document is not in the library.').waitFor();
  });

  it('speaks Kazakh and Russian, follows the system language, and remembers the choice', async () => {
    guarded = await openGuardedPage(browser, served.origin, { locale: 'ru-RU' });
    const { page } = guarded;
    await page.goto(served.url);
    await page.getByRole('heading', { name: 'Библиотека' }).waitFor();
    await page.getByTestId('language-switch').selectOption('kk');
    await page.getByRole('heading', { name: 'Кітапхана' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('kk');
    await page.reload();
    await page.getByRole('heading', { name: 'Кітапхана' }).waitFor();
    await expect.poll(() => page.getByTestId('library-list').textContent()).toContain('Газет нөмірі');
    expect(await page.getByTestId('library-list').textContent()).toContain('1918 ж. 25 қараша');
    await screenshot(page, 'library-kk');
  });
});

describe('browser mode: first start', () => {
  it('serves a brand-new library with the demo archive in it, never an empty screen', async () => {
    const dir = await tempDir('muragat-e2e-');
    const served = await serveLibrary(join(dir.path, 'fresh'));
    const browser = await launchChromium();
    try {
      const guarded = await openGuardedPage(browser, served.origin);
      await guarded.page.goto(served.url);
      await expect.poll(() => guarded.page.getByTestId('library-row').count()).toBe(3);
      expect(guarded.errors).toEqual([]);
      expect(guarded.foreignRequests).toEqual([]);
    } finally {
      await browser.close();
      await served.stop();
      await dir.cleanup();
    }
  });
});

describe('browser mode: a library in trouble', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let browser: Browser;
  beforeAll(async () => {
    dir = await tempDir('muragat-e2e-');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await dir.cleanup();
  });

  it('says plainly when the library is in use elsewhere and serves it read-only', async () => {
    const library = join(dir.path, 'held');
    expect((await runCli(['demo', '--library', library])).code).toBe(0);
    const holder = await openTestArchive(library);
    const served = await serveLibrary(library);
    const guarded = await openGuardedPage(browser, served.origin);
    try {
      await guarded.page.goto(served.url);
      const notice = guarded.page.getByTestId('read-only-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toContain(`process ${process.pid}`);
      const refused = await guarded.page.evaluate(async () => {
        const response = await fetch('/api/call/importFiles', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ paths: ['/etc/hostname'] }) });
        return (await response.json()) as { ok: boolean; error?: { code: string } };
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'read-only' } });
      expect(guarded.errors).toEqual([]);
    } finally {
      await guarded.close();
      await served.stop();
      await holder.close();
    }
  });

  it('restores a damaged catalog from its backup, tells the user, and still shows every document', async () => {
    const library = join(dir.path, 'damaged');
    expect((await runCli(['demo', '--library', library])).code).toBe(0);
    const catalog = join(library, 'library.json');
    const text = await readFile(catalog, 'utf8');
    await writeFile(catalog, text.slice(0, Math.floor(text.length * 0.6)));
    const served = await serveLibrary(library);
    const guarded = await openGuardedPage(browser, served.origin);
    try {
      await guarded.page.goto(served.url);
      await guarded.page.getByTestId('recovery-notice').waitFor();
      // The backup is the catalog before the demo's last metadata write: all three files are there.
      await expect.poll(() => guarded.page.getByTestId('library-row').count()).toBe(3);
      expect(guarded.errors).toEqual([]);
      expect((await runCli(['check', '--library', library])).code).toBe(0);
    } finally {
      await guarded.close();
      await served.stop();
    }
  });
});
