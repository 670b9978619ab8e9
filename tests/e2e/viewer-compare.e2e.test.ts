import { describe, expect, it } from 'vitest';
import { demoIds, libraryJourney } from './harness/library-journey';
import { inkRatio } from './harness/pixels';
import { screenshot } from './harness/screenshots';
import { openRendered, shownZoom, waitForPageState } from './harness/viewer';

/** Two pages side by side, chosen from the viewer; zoom moved together or each on its own. */
describe('the compare view', () => {
  const journey = libraryJourney();

  it('sets another document beside the page, and zooms both together or each alone', async () => {
    const { newspaper, order } = await demoIds(journey);
    const page = await openRendered(journey, newspaper);

    await page.getByTestId('compare-open').click();
    const dialog = page.getByTestId('compare-dialog');
    await dialog.waitFor();
    // The filter narrows the list to the order; the page field follows the chosen document.
    await page.getByTestId('compare-filter').fill('бұйрығы');
    const options = page.getByTestId('compare-document').locator('option');
    await expect.poll(() => options.allTextContents()).toContain('Алашорданың милиция жасақтары туралы бұйрығы, № 14');
    await page.getByTestId('compare-document').selectOption(order);
    expect(await page.getByTestId('compare-page').inputValue()).toBe('1');
    await page.getByTestId('compare-show').click();
    await page.waitForURL(`**/#/compare/${newspaper}/1/${order}/1`);
    await dialog.waitFor({ state: 'detached' });

    const left = page.getByTestId('compare-left');
    const right = page.getByTestId('compare-right');
    await waitForPageState(left, 'rendered');
    await waitForPageState(right, 'rendered');
    // The newspaper's page is a scan alone: at fit page its preview is the page.
    expect(await inkRatio(left.getByTestId('page-preview'))).toBeGreaterThan(0.01);
    expect(await right.getByTestId('page-image').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1400);

    // Together: a zoom on one side is made on the other.
    const together = page.getByTestId('compare-together');
    await together.check();
    const before = { left: await shownZoom(left), right: await shownZoom(right) };
    await left.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => shownZoom(left)).toBeGreaterThan(before.left);
    await expect.poll(() => shownZoom(right)).not.toBe(before.right);
    // The same zoom mode on both: the same step, whatever each page's size.
    expect(await shownZoom(right)).toBe(await shownZoom(left));
    await waitForPageState(left, 'rendered');
    await waitForPageState(right, 'rendered');
    await screenshot(page, 'viewer-compare');

    // Apart: each side is its own.
    await together.uncheck();
    const apart = { left: await shownZoom(left), right: await shownZoom(right) };
    await right.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => shownZoom(right)).toBeGreaterThan(apart.right);
    await left.getByRole('button', { name: 'Fit page' }).click();
    await expect.poll(() => shownZoom(left)).toBeLessThan(apart.left);
    expect(await shownZoom(right)).toBeGreaterThan(apart.right);

    // Back to the page it came from.
    await page.getByRole('link', { name: /Back to the document/ }).click();
    await page.waitForURL(`**/#/doc/${newspaper}/page/1`);
    await waitForPageState(page, 'rendered');
  });
});
