import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoIds, libraryJourney, rowIds } from './harness/library-journey';
import { screenshot } from './harness/screenshots';

const collectionButton = (page: Page, name: string) => page.getByTestId('collection').filter({ has: page.locator('.collection-name', { hasText: new RegExp(`^${name}$`) }) });
const countOf = (page: Page, name: string) => collectionButton(page, name).locator('.count').textContent();

async function createCollection(page: Page, trigger: 'collection-new' | 'collection-new-child', name: string): Promise<void> {
  await page.getByTestId(trigger).click();
  const dialog = page.getByTestId('collection-dialog');
  await dialog.getByTestId('collection-name').fill(name);
  await dialog.getByTestId('collection-submit').click();
  await dialog.waitFor({ state: 'detached' });
}

describe('collections: a tree of shelves in the sidebar', () => {
  const journey = libraryJourney();

  it('shows the demo’s nested collections with counts, and filters by a collection with its sub-collections', async () => {
    const { newspaper } = await demoIds(journey);
    const page = await journey.open();
    await expect.poll(() => countOf(page, 'Сарыарқа')).toBe('1');
    await page.getByRole('button', { name: 'Show what is inside Сарыарқа' }).click();
    await page.getByRole('button', { name: 'Show what is inside 1918' }).click();
    await expect.poll(() => countOf(page, '№ 28')).toBe('1');
    await collectionButton(page, 'Сарыарқа').click();
    await expect.poll(() => rowIds(page)).toEqual([newspaper]);
    expect(await collectionButton(page, 'Сарыарқа').getAttribute('aria-current')).toBe('true');
    await page.getByTestId('collection-all').click();
    await expect.poll(() => rowIds(page)).toHaveLength(3);
  });

  it('creates, nests, fills, renames, moves and deletes collections', async () => {
    const { newspaper, order } = await demoIds(journey);
    const page = await journey.open();
    await createCollection(page, 'collection-new', 'Қазақ');
    await collectionButton(page, 'Қазақ').click();
    await createCollection(page, 'collection-new-child', '1917');
    await collectionButton(page, '1917').click();
    await createCollection(page, 'collection-new-child', '№ 255');
    await expect.poll(() => countOf(page, '№ 255')).toBe('0');
    const tree = await journey.call<{ id: string; name: string; parent?: string }[]>('listCollections');
    const byName = (name: string) => tree.find((c) => c.name === name);
    expect(byName('№ 255')?.parent).toBe(byName('1917')?.id);
    expect(byName('1917')?.parent).toBe(byName('Қазақ')?.id);

    // Two documents onto the deepest shelf: the counts climb the tree.
    await page.getByTestId('collection-all').click();
    await page.locator(`[data-testid="library-row"][data-doc-id="${newspaper}"] .cell-pages`).click();
    await page.locator(`[data-testid="library-row"][data-doc-id="${order}"] .cell-pages`).click({ modifiers: ['Control'] });
    await page.getByTestId('batch-addCollection').click();
    await page.getByTestId('batch-value').selectOption({ label: 'Қазақ › 1917 › № 255' });
    await page.getByTestId('batch-apply').click();
    await expect.poll(() => countOf(page, 'Қазақ')).toBe('2');
    await collectionButton(page, 'Қазақ').click();
    await expect.poll(() => rowIds(page)).toEqual([newspaper, order]);
    await screenshot(page, 'collections');

    await collectionButton(page, '1917').click();
    await page.getByTestId('collection-rename').click();
    await page.getByTestId('collection-name').fill('1917 ж.');
    await page.getByTestId('collection-submit').click();
    await collectionButton(page, '1917 ж.').waitFor();

    await collectionButton(page, '№ 255').click();
    await page.getByTestId('collection-move').click();
    await page.getByTestId('collection-parent').selectOption({ label: 'Сарыарқа' });
    await page.getByTestId('collection-submit').click();
    await expect.poll(() => countOf(page, 'Сарыарқа')).toBe('2');
    await expect.poll(() => countOf(page, 'Қазақ')).toBe('0');

    // And out again, to the top level.
    await collectionButton(page, '№ 255').click();
    await page.getByTestId('collection-move').click();
    await page.getByTestId('collection-parent').selectOption({ value: '' });
    await page.getByTestId('collection-submit').click();
    await expect.poll(() => journey.call<{ name: string; parent?: string }[]>('listCollections').then((all) => all.find((c) => c.name === '№ 255')?.parent)).toBeUndefined();
    await expect.poll(() => countOf(page, 'Сарыарқа')).toBe('1');

    await collectionButton(page, 'Қазақ').click();
    await page.getByTestId('collection-delete').click();
    const confirm = page.getByTestId('collection-delete-dialog');
    expect(await confirm.textContent()).toContain('Its sub-collections move up one level, and its documents stay in the library.');
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => journey.call<{ name: string; parent?: string }[]>('listCollections').then((all) => all.find((c) => c.name === '1917 ж.'))).toEqual(
      expect.not.objectContaining({ parent: expect.anything() as unknown }),
    );
    await expect.poll(() => collectionButton(page, 'Қазақ').count()).toBe(0);
    await expect.poll(() => rowIds(page)).toHaveLength(3);
  });
});
