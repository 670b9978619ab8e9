import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoIds, libraryJourney } from './harness/library-journey';
import { screenshot } from './harness/screenshots';
import { elementTag, openRendered, pageView, resetView, savedView, screenTone, tagElement, waitForPageState } from './harness/viewer';

/** The CSS filter the browser applies to the page's pixel layers. */
const pixelFilter = (page: Page) => page.locator('.page-pixels').evaluate((layers) => getComputedStyle(layers).filter);

/** Moves a range input as a reader does with the keyboard: focus it, press a key n times. */
async function nudge(page: Page, testId: string, key: 'ArrowRight' | 'ArrowLeft', times: number): Promise<void> {
  await page.getByTestId(testId).focus();
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/**
 * Opens the panel and waits until the page, narrowed by it, is sharp again. The demo's page is a
 * scan alone, shown at fit page by its preview: that canvas is the page's pixels, pdf.js draws none.
 */
async function openPanel(page: Page): Promise<void> {
  await page.keyboard.press('a');
  await page.getByTestId('adjustments-panel').waitFor();
  expect(await page.getByTestId('tool-toggle-adjustments').getAttribute('aria-pressed')).toBe('true');
  await waitForPageState(page, 'rendered');
  await expect.poll(() => page.getByTestId('page-preview').count()).toBe(1);
  expect(await page.getByTestId('page-canvas').count()).toBe(0);
}

/** Brightness, contrast, gamma, invert, threshold: the GPU changes how the page looks, never the drawing. */
describe('the viewer’s image adjustments', () => {
  const journey = libraryJourney();
  beforeEach(async () => resetView(journey, (await demoIds(journey)).newspaper));

  it('change how the page looks on screen without drawing it again, and reset to none', async () => {
    const { newspaper } = await demoIds(journey);
    const page = await openRendered(journey, newspaper, 1, 'fit-page');
    await openPanel(page);
    const canvas = page.getByTestId('page-preview');
    await tagElement(canvas, 'drawn once');
    const view = pageView(page);
    const plain = await screenTone(view);
    expect(await pixelFilter(page)).toBe('none');
    expect(plain.dark).toBeLessThan(0.2);

    await nudge(page, 'adjust-brightness', 'ArrowRight', 4);
    await expect.poll(() => pixelFilter(page)).toBe('brightness(1.2)');
    const brighter = await screenTone(view);
    expect(brighter.mean).toBeGreaterThan(plain.mean + 5);

    await nudge(page, 'adjust-contrast', 'ArrowRight', 10);
    await expect.poll(() => pixelFilter(page)).toBe('brightness(1.2) contrast(1.5)');
    expect((await screenTone(view)).grey).toBeLessThan(brighter.grey);

    await page.getByTestId('adjust-invert').check();
    await expect.poll(() => pixelFilter(page)).toBe('brightness(1.2) contrast(1.5) invert(1)');
    // A negative of a light page is mostly dark.
    expect((await screenTone(view)).dark).toBeGreaterThan(0.6);

    await page.getByTestId('adjust-threshold-on').check();
    await expect.poll(() => pixelFilter(page)).toMatch(/^brightness\(1\.2\) contrast\(1\.5\) url\("#[\w-]+"\) invert\(1\)$/);
    // Black and white: no grey is left on the page but the anti-aliased rim where the screen scales it (under 1 %).
    const cut = await screenTone(view);
    expect(cut.grey).toBeLessThan(0.01);
    expect(cut.dark).toBeGreaterThan(0.5);
    // The threshold moves the cut: at 0.3 only the darkest ink stays ink (here white, inverted).
    await nudge(page, 'adjust-threshold', 'ArrowLeft', 20);
    expect((await screenTone(view)).dark).toBeGreaterThan(cut.dark);

    // All of that on the GPU: the page was not drawn again, nor handed to pdf.js.
    expect(await page.getByTestId('page-preview').count()).toBe(1);
    expect(await page.getByTestId('page-canvas').count()).toBe(0);
    expect(await elementTag(canvas)).toBe('drawn once');
    expect(await view.getAttribute('data-state')).toBe('rendered');

    await page.getByTestId('adjust-reset').click();
    await expect.poll(() => pixelFilter(page)).toBe('none');
    const reset = await screenTone(view);
    expect(Math.abs(reset.mean - plain.mean)).toBeLessThan(1);
    expect(await page.getByTestId('adjust-reset').isDisabled()).toBe(true);
    await page.getByTestId('adjust-close').click();
    await page.getByTestId('adjustments-panel').waitFor({ state: 'detached' });
  });

  it('are the document’s: saved, and there again after a reload', async () => {
    const { newspaper, order } = await demoIds(journey);
    const page = await openRendered(journey, newspaper, 1, 'fit-page');
    await openPanel(page);
    await page.getByTestId('adjust-grayscale').check();
    await nudge(page, 'adjust-contrast', 'ArrowRight', 6);
    await nudge(page, 'adjust-gamma', 'ArrowRight', 4);
    await expect.poll(async () => (await savedView(journey, newspaper)).adjustments).toEqual({
      brightness: 1,
      contrast: 1.3,
      gamma: 1.2,
      grayscale: true,
      invert: false,
      threshold: null,
    });
    await screenshot(page, 'viewer-adjustments-panel');

    await page.reload();
    await waitForPageState(page, 'rendered');
    expect(await pixelFilter(page)).toMatch(/^grayscale\(1\) contrast\(1\.3\) url\("#[\w-]+"\)$/);
    // The toolbar marks that the page is shown adjusted, though the panel is closed.
    expect(await page.getByTestId('tool-toggle-adjustments').getAttribute('class')).toContain('tool-marked');
    await page.getByTestId('tool-toggle-adjustments').click();
    expect(await page.getByTestId('adjust-grayscale').isChecked()).toBe(true);

    // Another document keeps its own (neutral) view.
    await page.goto(`${journey.served().url}#/doc/${order}/page/1`);
    await waitForPageState(page, 'rendered');
    expect(await pixelFilter(page)).toBe('none');
  });
});
