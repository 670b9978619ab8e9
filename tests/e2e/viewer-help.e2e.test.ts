import { describe, expect, it } from 'vitest';
import { demoIds, libraryJourney } from './harness/library-journey';
import { screenshot } from './harness/screenshots';
import { openRendered } from './harness/viewer';
import { SHORTCUT_GROUPS } from '../../src/renderer/src/viewer/help/shortcut-groups';

/** The shortcut overlay: opened by ? or its button, complete, modal, closed by Escape. */
describe('the viewer’s keyboard help', () => {
  const journey = libraryJourney();

  it('lists the shortcuts over the page, keeps the page’s keys to itself, and closes with Escape', async () => {
    const { newspaper } = await demoIds(journey);
    const page = await openRendered(journey, newspaper);
    const help = page.getByTestId('help-overlay');

    await page.keyboard.press('Shift+?');
    await help.waitFor();
    const rows = await help.locator('.help-row').evaluateAll((items) =>
      items.map((item) => `${item.querySelector('dt')?.textContent ?? ''}: ${item.querySelector('dd')?.textContent ?? ''}`),
    );
    // Every command the toolbar offers, each with its keys as this platform writes them.
    expect(rows).toHaveLength(SHORTCUT_GROUPS.flatMap((group) => group.commands).length);
    expect(rows).toEqual(
      expect.arrayContaining([
        'Zoom in: Ctrl + + or Ctrl + =',
        'Fit page: Ctrl + 0',
        'Next page: Page Down',
        'Last page: End',
        'Rotate clockwise: R',
        'Rotate counter-clockwise: Shift + R',
        'Single page / continuous scroll: C',
        'Go to page…: Ctrl + G',
        'Keyboard shortcuts: ? or F1',
        'Transcribe (regions and text): E',
        'Draw a rectangle: B',
        'Search the library: Ctrl + Shift + F',
      ]),
    );
    await screenshot(page, 'viewer-help');

    // While the overlay is open the page does not take the keys.
    await page.keyboard.press('r');
    expect(await page.getByTestId('viewer').getAttribute('data-rotation')).toBe('0');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(page.url()).toContain(`/doc/${newspaper}/page/1`);

    await page.getByTestId('tool-help').click();
    await help.waitFor();
    await page.getByTestId('help-close').click();
    await help.waitFor({ state: 'detached' });
    await page.keyboard.press('F1');
    await help.waitFor();
  });
});
