import { describe, expect, it } from 'vitest';
import { demoIds, libraryJourney, rowIds } from './harness/library-journey';
import { screenshot } from './harness/screenshots';

describe('the library view: order, filters, list and thumbnails, keyboard and mouse', () => {
  const journey = libraryJourney();

  it('sorts by date (undated last), by title, either way', async () => {
    const { newspaper, order, seal } = await demoIds(journey);
    const page = await journey.open();
    await expect.poll(() => rowIds(page)).toEqual([newspaper, order, seal]);
    await page.getByTestId('sort-direction').click();
    await expect.poll(() => rowIds(page)).toEqual([order, newspaper, seal]);
    await page.getByTestId('sort-key').selectOption('title');
    // «Алашорда мөрінің…» < «Алашорданың…» < «Сарыарқа» (the direction is still descending).
    await expect.poll(() => rowIds(page)).toEqual([newspaper, order, seal]);
    await page.getByTestId('sort-direction').click();
    await expect.poll(() => rowIds(page)).toEqual([seal, order, newspaper]);
    await page.getByRole('columnheader', { name: 'Date' }).getByRole('button').click();
    await expect.poll(() => rowIds(page)).toEqual([newspaper, order, seal]);
    expect(await page.getByRole('columnheader', { name: 'Date' }).getAttribute('aria-sort')).toBe('ascending');
    await screenshot(page, 'library-demo-list');
  });

  it('filters by kind, publication, tag and years, and says when nothing matches', async () => {
    const { newspaper, order } = await demoIds(journey);
    const page = await journey.open();
    await expect.poll(() => rowIds(page)).toHaveLength(3);
    await page.getByTestId('filter-kind').selectOption('document');
    await expect.poll(() => rowIds(page)).toEqual([order]);
    expect(await page.getByTestId('library-count').textContent()).toBe('1 of 3 documents');
    await page.getByTestId('filter-kind').selectOption('');
    await page.getByTestId('filter-publication').selectOption('Сарыарқа');
    await expect.poll(() => rowIds(page)).toEqual([newspaper]);
    await page.getByTestId('filter-publication').selectOption('');
    await page.getByTestId('filter-tag').selectOption('бұйрық');
    await expect.poll(() => rowIds(page)).toEqual([order]);
    await page.getByTestId('filter-tag').selectOption('');
    await page.getByTestId('filter-year-from').fill('1918');
    await page.getByTestId('filter-year-to').fill('1918');
    await expect.poll(() => rowIds(page)).toEqual([newspaper, order]);
    await page.getByTestId('filter-year-from').fill('1919');
    await page.getByTestId('filter-year-to').fill('');
    await page.getByTestId('no-matches').waitFor();
    await page.getByTestId('no-matches').getByRole('button').click();
    await expect.poll(() => rowIds(page)).toHaveLength(3);
  });

  it('filters quickly by any word of the description, in any case, with or without «»', async () => {
    const { newspaper, order, seal } = await demoIds(journey);
    const page = await journey.open();
    const quick = page.getByTestId('quick-filter');
    await quick.fill('САРЫАРҚА');
    await expect.poll(() => rowIds(page)).toEqual([newspaper]);
    await quick.fill('«сарыарқа»');
    await expect.poll(() => rowIds(page)).toEqual([newspaper]);
    await quick.fill('милиция');
    await expect.poll(() => rowIds(page)).toEqual([order]);
    // The archival reference and the place are searched too.
    await quick.fill('д-1 семей');
    await expect.poll(() => rowIds(page)).toEqual([newspaper, order, seal]);
    await quick.fill('мөр бедері');
    await expect.poll(() => rowIds(page)).toEqual([seal]);
    await quick.fill('');
    await expect.poll(() => rowIds(page)).toHaveLength(3);
  });

  it('switches between list and thumbnails and keeps the view across a reload', async () => {
    const page = await journey.open();
    await expect.poll(() => page.getByTestId('library-row').count()).toBe(3);
    await page.getByTestId('mode-grid').click();
    await expect.poll(() => page.getByTestId('library-card').count()).toBe(3);
    expect(await page.getByTestId('library-row').count()).toBe(0);
    await page.getByTestId('sort-key').selectOption('title');
    await page.getByTestId('filter-kind').selectOption('newspaper-issue');
    await page.reload();
    await expect.poll(() => page.getByTestId('library-card').count()).toBe(1);
    expect(await page.getByTestId('sort-key').inputValue()).toBe('title');
    await page.getByTestId('filter-kind').selectOption('');
    await expect.poll(() => page.getByTestId('library-card').count()).toBe(3);
    await page.getByTestId('library-card').first().locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await screenshot(page, 'library-demo-grid');
    await page.getByTestId('mode-list').click();
    await expect.poll(() => page.getByTestId('library-row').count()).toBe(3);
  });

  it('moves and selects with the keyboard: arrows, Shift, Space, Ctrl+A, Escape, Enter', async () => {
    const { newspaper, order, seal } = await demoIds(journey);
    const page = await journey.open();
    const list = page.getByTestId('library-list');
    const selected = () => list.locator('[role="row"][aria-selected="true"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-doc-id')));
    await expect.poll(() => rowIds(page)).toHaveLength(3);
    await list.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(selected).toEqual([newspaper]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(selected).toEqual([order]);
    expect(await list.getAttribute('aria-activedescendant')).toBe(`doc-item-${order}`);
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(selected).toEqual([order, seal]);
    await page.keyboard.press('Space');
    await expect.poll(selected).toEqual([order]);
    await page.keyboard.press('Control+A');
    await expect.poll(selected).toEqual([newspaper, order, seal]);
    await page.getByTestId('selection-count').filter({ hasText: '3 selected' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(selected).toEqual([]);
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/#/doc/${newspaper}/page/1`);
    await page.getByTestId('page-view').waitFor();
  });

  it('selects with the mouse: a click, Ctrl-click to add, Shift-click for a range; a title opens', async () => {
    const { newspaper, order, seal } = await demoIds(journey);
    const page = await journey.open();
    const row = (id: string) => page.locator(`[data-testid="library-row"][data-doc-id="${id}"]`);
    const selected = () => page.locator('[data-testid="library-row"][aria-selected="true"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-doc-id')));
    await row(seal).locator('.cell-kind').click();
    await expect.poll(selected).toEqual([seal]);
    await row(newspaper).locator('.cell-kind').click({ modifiers: ['Control'] });
    await expect.poll(selected).toEqual([newspaper, seal]);
    await row(order).locator('.cell-kind').click();
    await row(seal).locator('.cell-pages').click({ modifiers: ['Shift'] });
    await expect.poll(selected).toEqual([order, seal]);
    await row(newspaper).locator('input[type="checkbox"]').click();
    await expect.poll(selected).toEqual([newspaper, order, seal]);
    await row(order).getByRole('link').click();
    await page.waitForURL(`**/#/doc/${order}/page/1`);
  });

  it('adds and removes a tag, a collection and a kind for several documents at once', async () => {
    const { newspaper, order, seal } = await demoIds(journey);
    const page = await journey.open();
    const row = (id: string) => page.locator(`[data-testid="library-row"][data-doc-id="${id}"]`);
    await row(newspaper).locator('.cell-kind').click();
    await row(seal).locator('.cell-kind').click({ modifiers: ['Control'] });

    await page.getByTestId('batch-addTag').click();
    await page.getByTestId('batch-dialog').getByTestId('batch-value').fill('тексерілді');
    await page.getByTestId('batch-apply').click();
    await page.getByTestId('batch-message').filter({ hasText: '2 documents changed.' }).waitFor();
    await expect.poll(() => row(newspaper).textContent()).toContain('тексерілді');
    await expect.poll(() => row(seal).textContent()).toContain('тексерілді');
    expect(await row(order).textContent()).not.toContain('тексерілді');

    await page.getByTestId('batch-addCollection').click();
    await page.getByTestId('batch-dialog').getByTestId('batch-value').selectOption({ label: 'Алашорда құжаттары' });
    await page.getByTestId('batch-apply').click();
    await expect.poll(() => journey.call<{ collections: string[] }>('getDocument', { id: seal }).then((d) => d.collections)).toContain('alashorda-documents');
    await expect.poll(() => page.locator('[data-collection-id="alashorda-documents"] .count').textContent()).toBe('3');

    await page.getByTestId('batch-setKind').click();
    await page.getByTestId('batch-dialog').getByTestId('batch-value').selectOption('photograph');
    await page.getByTestId('batch-apply').click();
    await expect.poll(() => row(seal).locator('.cell-kind').textContent()).toBe('Photograph');

    await page.getByTestId('batch-removeTag').click();
    await page.getByTestId('batch-dialog').getByTestId('batch-value').selectOption('тексерілді');
    await page.getByTestId('batch-apply').click();
    await expect.poll(() => row(newspaper).textContent()).not.toContain('тексерілді');
    await page.getByTestId('batch-removeCollection').click();
    await page.getByTestId('batch-dialog').getByTestId('batch-value').selectOption({ label: 'Алашорда құжаттары' });
    await page.getByTestId('batch-apply').click();
    await expect.poll(() => page.locator('[data-collection-id="alashorda-documents"] .count').textContent()).toBe('1');
    await page.getByTestId('batch-setKind').click();
    await page.getByTestId('batch-dialog').getByTestId('batch-value').selectOption('newspaper-issue');
    await page.getByTestId('batch-apply').click();
    await expect.poll(() => row(newspaper).locator('.cell-kind').textContent()).toBe('Newspaper issue');
    await journey.call('batchEditDocuments', { ids: [seal], kind: 'seal' });
    await expect.poll(() => row(seal).locator('.cell-kind').textContent()).toBe('Seal');
  });
});
