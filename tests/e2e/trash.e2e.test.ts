import { describe, expect, it } from 'vitest';
import { demoIds, libraryJourney, rowIds } from './harness/library-journey';
import { screenshot } from './harness/screenshots';

describe('the trash: documents moved there come back until it is emptied', () => {
  const journey = libraryJourney();

  it('moves documents to the trash and undoes it from the library', async () => {
    const { newspaper, order, seal } = await demoIds(journey);
    const page = await journey.open();
    await page.locator(`[data-testid="library-row"][data-doc-id="${order}"] .cell-pages`).click();
    await page.getByTestId('batch-trash').click();
    await expect.poll(() => rowIds(page)).toEqual([newspaper, seal]);
    expect(await page.getByTestId('batch-message').textContent()).toContain('1 document moved to the trash.');
    await page.getByTestId('batch-undo').click();
    await expect.poll(() => rowIds(page)).toEqual([newspaper, order, seal]);
  });

  it('lists the trash, restores chosen documents, and empties it for good after saying how many', async () => {
    const { newspaper, order, seal } = await demoIds(journey);
    const page = await journey.open();
    await page.locator(`[data-testid="library-row"][data-doc-id="${newspaper}"] .cell-pages`).click();
    await page.locator(`[data-testid="library-row"][data-doc-id="${seal}"] .cell-pages`).click({ modifiers: ['Control'] });
    await page.getByTestId('batch-trash').click();
    await expect.poll(() => rowIds(page)).toEqual([order]);
    await expect.poll(() => page.getByTestId('nav-trash').textContent()).toBe('Trash2');

    await page.getByTestId('nav-trash').click();
    await page.waitForURL('**/#/trash');
    const trashRows = page.getByTestId('trash-row');
    await expect.poll(() => trashRows.count()).toBe(2);
    await screenshot(page, 'trash');
    await page.locator(`[data-testid="trash-row"][data-doc-id="${seal}"]`).getByRole('checkbox').check();
    await page.getByTestId('trash-restore').click();
    await expect.poll(() => trashRows.count()).toBe(1);
    expect(await page.getByTestId('trash-message').textContent()).toBe('1 document restored.');
    expect((await journey.call<{ id: string }[]>('listDocuments')).map((d) => d.id).sort()).toEqual([order, seal].sort());

    await page.getByTestId('trash-empty-button').click();
    const confirm = page.getByTestId('empty-trash-dialog');
    expect(await confirm.textContent()).toContain('1 document will be removed from the library for good');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => trashRows.count()).toBe(1);
    await page.getByTestId('trash-empty-button').click();
    await confirm.getByRole('button', { name: 'Remove for good' }).click();
    await page.getByTestId('trash-empty').waitFor();
    expect(await page.getByTestId('trash-message').textContent()).toBe('1 document removed for good.');
    expect(await journey.call<unknown[]>('listTrash')).toEqual([]);
    await expect.poll(() => page.getByTestId('nav-trash').textContent()).toBe('Trash');

    await page.getByTestId('nav-library').click();
    await expect.poll(() => rowIds(page)).toEqual([order, seal]);
  });

  it('restores everything at once', async () => {
    const { order, seal } = await demoIds(journey);
    await journey.call('trashDocuments', { ids: [order, seal] });
    const page = await journey.open('#/trash');
    await expect.poll(() => page.getByTestId('trash-row').count()).toBe(2);
    await page.getByTestId('trash-restore-all').click();
    await page.getByTestId('trash-empty').waitFor();
    expect(await page.getByTestId('trash-message').textContent()).toBe('2 documents restored.');
    expect(await journey.call<unknown[]>('listDocuments')).toHaveLength(2);
  });
});
