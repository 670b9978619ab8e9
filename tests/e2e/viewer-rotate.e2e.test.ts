import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoIds, libraryJourney } from './harness/library-journey';
import { openRendered, pageBox, resetView, savedView, sharpLayers, viewRoute, waitForPageState } from './harness/viewer';

const rotation = (page: Page) => page.getByTestId('viewer').getAttribute('data-rotation');
/** Width over height of the page's box on screen. */
const aspect = async (page: Page) => {
  const box = await pageBox(page);
  return box.width / box.height;
};

/** Quarter turns of the page: keys and buttons, PDF and image pages, kept per document. */
describe('the viewer turns pages', () => {
  const journey = libraryJourney();
  beforeEach(async () => {
    const { newspaper, order } = await demoIds(journey);
    await resetView(journey, newspaper);
    await resetView(journey, order);
  });

  it('turns a PDF page with r, R and the buttons: the box and the drawing swap sides', async () => {
    const { newspaper } = await demoIds(journey);
    // At 120 % the screen asks more of the 1650-pixel scan than its preview holds: pdf.js draws it.
    const page = await openRendered(journey, newspaper, 1, 1.2);
    const upright = await aspect(page);
    expect(upright).toBeLessThan(1);
    expect(await rotation(page)).toBe('0');

    const turnsTo = async (degrees: number) => {
      await expect.poll(() => rotation(page)).toBe(String(degrees));
      await waitForPageState(page, 'rendered');
      const quarter = degrees % 180 !== 0;
      expect(await aspect(page)).toBeCloseTo(quarter ? 1 / upright : upright, 2);
      // pdf.js draws the page turned: the canvas itself is landscape after a quarter turn.
      const [canvas] = await sharpLayers(page);
      expect(canvas && canvas.width > canvas.height).toBe(quarter);
    };
    await page.keyboard.press('r');
    await turnsTo(90);
    await page.keyboard.press('r');
    await turnsTo(180);
    await page.keyboard.press('Shift+R');
    await turnsTo(90);
    await page.getByTestId('tool-rotate-counterclockwise').click();
    await turnsTo(0);
    await page.getByTestId('tool-rotate-counterclockwise').click();
    await turnsTo(270);
    await page.getByTestId('tool-rotate-clockwise').click();
    await turnsTo(0);
  });

  it('turns an image page and its thumbnail with it', async () => {
    const { order } = await demoIds(journey);
    const page = await openRendered(journey, order, 1, 'fit-page');
    const upright = await aspect(page);
    await page.getByTestId('tool-rotate-clockwise').click();
    await expect.poll(() => rotation(page)).toBe('90');
    await waitForPageState(page, 'rendered');
    expect(await aspect(page)).toBeCloseTo(1 / upright, 2);
    // The browser turns the scan itself: it keeps its pixels and is laid into the turned box.
    expect(await page.getByTestId('page-image').evaluate((img) => getComputedStyle(img).transform)).not.toBe('none');
    const thumbnail = await page.getByTestId('thumbnail-1').locator('.thumb-box').boundingBox();
    expect(thumbnail && thumbnail.width > thumbnail.height).toBe(true);
  });

  it('keeps the turn of each document after a reload, and only for that document', async () => {
    const { newspaper, order } = await demoIds(journey);
    const page = await openRendered(journey, newspaper);
    await page.keyboard.press('r');
    await expect.poll(async () => (await savedView(journey, newspaper)).rotation).toBe(90);
    await page.reload();
    await waitForPageState(page, 'rendered');
    expect(await rotation(page)).toBe('90');
    expect(await aspect(page)).toBeGreaterThan(1);

    await page.goto(`${journey.served().url}${viewRoute(order)}`);
    await waitForPageState(page, 'rendered');
    expect(await rotation(page)).toBe('0');
    expect(await aspect(page)).toBeLessThan(1);
  });

  it('keeps a turn made just before leaving the viewer', async () => {
    const { newspaper } = await demoIds(journey);
    const page = await openRendered(journey, newspaper);
    // A reader turns the page and goes back to the library at once, within the save's short delay.
    await page.keyboard.press('r');
    await page.getByRole('navigation', { name: 'Viewer tools' }).getByRole('link', { name: /Library/ }).click();
    await page.getByTestId('library-list').waitFor();
    await expect.poll(async () => (await savedView(journey, newspaper)).rotation, { timeout: 3000 }).toBe(90);
  });
});
