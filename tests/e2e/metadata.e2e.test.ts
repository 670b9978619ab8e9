import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoIds, libraryJourney } from './harness/library-journey';
import { screenshot } from './harness/screenshots';

interface Described {
  title: string;
  metadata: { isoDate?: string; issueNumber?: number; notes?: string; archivalReference?: { fonds?: string } };
  tags: string[];
  collections: string[];
}

/** The description panel's field by its visible label. */
const field = (page: Page, label: string) => page.getByTestId('metadata-panel').getByLabel(label, { exact: true });

describe('the description panel: every field an archivist fills in, checked as typed, saved for good', () => {
  const journey = libraryJourney();

  it('refuses a date that does not exist and an issue number that is not a number, then saves, and the save survives a reload', async () => {
    const { newspaper } = await demoIds(journey);
    const page = await journey.open();
    await page.locator(`[data-testid="library-row"][data-doc-id="${newspaper}"] .cell-thumb`).click();
    await page.getByTestId('details-toggle').click();
    const panel = page.getByTestId('metadata-panel');
    await expect.poll(() => field(page, 'Title').inputValue()).toBe('«Сарыарқа», 1918 ж. 25 қараша, № 28');
    const status = panel.getByTestId('meta-status');

    await field(page, 'ISO date').fill('1918-02-30');
    await panel.getByText('1918-02-30 is not a real date.').waitFor();
    expect(await field(page, 'ISO date').getAttribute('aria-invalid')).toBe('true');
    await field(page, 'Issue number').fill('28а');
    await panel.getByText('An issue number is a whole number, e.g. 28.').waitFor();
    expect(await status.textContent()).toBe('2 fields need attention.');
    await page.keyboard.press('Control+s');
    // Nothing is sent while a field is wrong: the server still has the old date.
    expect((await journey.call<Described>('getDocument', { id: newspaper })).metadata.isoDate).toBe('1918-11-25');
    await screenshot(page, 'metadata-panel-errors');

    await field(page, 'ISO date').fill('1918-11-26');
    await field(page, 'Issue number').fill('29');
    await field(page, 'Title').fill('«Сарыарқа», 1918 ж. 26 қараша, № 29');
    await field(page, 'Fonds').fill('Р-15');
    await field(page, 'Notes').fill('Бас мақала төте жазумен: الاش اوردا');
    await panel.getByTestId('tag-input').fill('тексерілді');
    await page.keyboard.press('Enter');
    await panel.getByTestId('tag-chip').filter({ hasText: 'тексерілді' }).waitFor();
    await panel.getByRole('button', { name: 'Remove the tag демо' }).click();
    await panel.getByLabel('Алашорда құжаттары').check();
    expect(await status.getAttribute('data-state')).toBe('dirty');
    await page.keyboard.press('Control+s');
    await expect.poll(() => status.getAttribute('data-state')).toBe('saved');
    await screenshot(page, 'metadata-panel');

    const saved = await journey.call<Described>('getDocument', { id: newspaper });
    expect(saved).toMatchObject({
      title: '«Сарыарқа», 1918 ж. 26 қараша, № 29',
      metadata: { isoDate: '1918-11-26', issueNumber: 29, notes: 'Бас мақала төте жазумен: الاش اوردا', archivalReference: { fonds: 'Р-15' } },
    });
    expect(saved.tags).toContain('тексерілді');
    expect(saved.tags).not.toContain('демо');
    expect(saved.collections).toContain('alashorda-documents');
    await expect.poll(() => page.locator(`[data-doc-id="${newspaper}"] .doc-title`).textContent()).toBe('«Сарыарқа», 1918 ж. 26 қараша, № 29');

    await page.reload();
    await page.locator(`[data-testid="library-row"][data-doc-id="${newspaper}"] .cell-thumb`).click();
    await expect.poll(() => field(page, 'Issue number').inputValue()).toBe('29');
    expect(await field(page, 'ISO date').inputValue()).toBe('1918-11-26');
    // Arabic-script notes run right to left.
    expect(await field(page, 'Notes').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await field(page, 'Notes').fill('الاش اوردا');
    expect(await field(page, 'Notes').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await page.getByTestId('meta-discard').click();
    expect(await field(page, 'Notes').inputValue()).toBe('Бас мақала төте жазумен: الاش اوردا');
  });

  it('keeps what was typed when saving fails, says why, and saves on the next try', async () => {
    const { order } = await demoIds(journey);
    const page = await journey.open();
    await page.locator(`[data-testid="library-row"][data-doc-id="${order}"] .cell-thumb`).click();
    await page.getByTestId('details-toggle').click();
    await field(page, 'Place').fill('Семей қаласы');
    await page.route('**/api/call/updateDocument', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'io', message: 'the disk is full; nothing was changed' } }) }),
    );
    await page.getByTestId('meta-save').click();
    const status = page.getByTestId('meta-status');
    await expect.poll(() => status.textContent()).toContain('The disk could not be read or written: the disk is full; nothing was changed');
    expect(await field(page, 'Place').inputValue()).toBe('Семей қаласы');

    // Moving to another document and back keeps the unsaved description too.
    await page.keyboard.press('Escape');
    await page.getByTestId('library-row').first().locator('.cell-thumb').click();
    await page.locator(`[data-testid="library-row"][data-doc-id="${order}"] .cell-thumb`).click();
    await expect.poll(() => field(page, 'Place').inputValue()).toBe('Семей қаласы');

    await page.unroute('**/api/call/updateDocument');
    await page.getByTestId('meta-save').click();
    await expect.poll(() => status.getAttribute('data-state')).toBe('saved');
    expect((await journey.call<Described & { metadata: { place?: string } }>('getDocument', { id: order })).metadata.place).toBe('Семей қаласы');
  });

  it('opens beside a page in the viewer, which keeps its own controls', async () => {
    const { order } = await demoIds(journey);
    const page = await journey.open(`#/doc/${order}/page/1`);
    await page.locator('[data-testid="page-view"][data-state="rendered"]').waitFor();
    await page.getByTestId('details-toggle').click();
    await field(page, 'Title').fill('Алашорданың бұйрығы, № 14');
    await page.getByTestId('meta-save').click();
    await expect.poll(() => page.locator('.viewer-title').textContent()).toBe('Алашорданың бұйрығы, № 14');
    expect(await page.getByTestId('go-to-page').inputValue()).toBe('1');
    expect(await page.getByTestId('page-indicator').textContent()).toBe('of 1');
    await screenshot(page, 'viewer-with-description');
    await page.reload();
    // The panel stays open in the viewer after a reload.
    await expect.poll(() => field(page, 'Title').inputValue()).toBe('Алашорданың бұйрығы, № 14');
  });
});
