import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { corpusFile } from '../support/corpus';
import { libraryJourney } from './harness/library-journey';
import { runCli } from './harness/serve';
import { documentTitled, openRendered, resetView, waitForPageState, type Box } from './harness/viewer';

/** Park Record, 1935: a greyscale scan with hidden OCR text, and the same page's ALTO. */
const PAPER = 'newspaper-fixtures/ndnp-1935-sn85058233/1292.pdf';
const ALTO = 'newspaper-fixtures/ndnp-1935-sn85058233/1292.xml';
/** A page of fax images and nothing else. */
const SCAN_ONLY = 'pdfjs/ccitt_EndOfBlock_false.pdf';
const WORD = 'Wasatch';

/** Where the ALTO file says a word is printed, as fractions of the page. */
function altoPlaces(alto: string, word: string): Box[] {
  const number = (tag: string, name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)"`).exec(tag)?.[1] ?? Number.NaN);
  const pageTag = /<Page\b[^>]*>/.exec(alto)?.[0] ?? '';
  const width = number(pageTag, 'WIDTH');
  const height = number(pageTag, 'HEIGHT');
  return Array.from(alto.matchAll(new RegExp(`<String\\b[^>]*\\bCONTENT="${word}"[^>]*>`, 'g')), ([tag]) => ({
    x: number(tag, 'HPOS') / width,
    y: number(tag, 'VPOS') / height,
    width: number(tag, 'WIDTH') / width,
    height: number(tag, 'HEIGHT') / height,
  }));
}

/** Where the text layer has the word on screen, as fractions of the page view. */
function textLayerPlaces(page: Page, word: string): Promise<Box[]> {
  return page.getByTestId('page-view').evaluate((view, wanted) => {
    const box = view.getBoundingClientRect();
    const layer = view.querySelector('.text-layer');
    const places: { x: number; y: number; width: number; height: number }[] = [];
    if (!layer) return places;
    const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const rect = range.getBoundingClientRect();
        places.push({ x: (rect.left - box.left) / box.width, y: (rect.top - box.top) / box.height, width: rect.width / box.width, height: rect.height / box.height });
      }
    }
    return places;
  }, word);
}

/** How many of the expected places have a drawn word at their top left, within 0.4 % of the page. */
const matching = (expected: Box[], drawn: Box[]) =>
  expected.filter((e) => drawn.some((d) => Math.abs(d.x - e.x) < 0.004 && Math.abs(d.y - e.y) < 0.004)).length;

const selection = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

describe('the PDF text layer', () => {
  const journey = libraryJourney(async (library) => {
    const imported = await runCli(['import', '--library', library, corpusFile(PAPER), corpusFile(SCAN_ONLY)]);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
  });
  let paper = '';
  let scanOnly = '';
  beforeAll(async () => {
    paper = (await documentTitled(journey, '1292')).id;
    scanOnly = (await documentTitled(journey, 'ccitt_EndOfBlock_false')).id;
  });
  beforeEach(() => resetView(journey, paper));

  it('lies over the printed words, as the ALTO of the same page places them, upright and turned', async () => {
    const page = await openRendered(journey, paper);
    await page.locator('[data-testid="text-status"][data-has-text="true"]').waitFor();
    expect(await page.getByTestId('text-status').textContent()).toBe('Has text');
    const text = (await page.getByTestId('text-layer').textContent()) ?? '';
    expect(text).toContain(WORD);
    expect(text).toContain('Consolidated');

    // The PDF's OCR and the ALTO were made apart; at least five of the ALTO's places must have the word there.
    const printed = altoPlaces(await readFile(corpusFile(ALTO), 'utf8'), WORD);
    expect(printed.length).toBeGreaterThanOrEqual(5);
    expect(matching(printed, await textLayerPlaces(page, WORD))).toBeGreaterThanOrEqual(5);

    // Turned a quarter clockwise, the text turns with the page: a box at (x, y) lies at (1 − y − h, x).
    await page.keyboard.press('r');
    await expect.poll(() => page.getByTestId('viewer').getAttribute('data-rotation')).toBe('90');
    await waitForPageState(page, 'rendered');
    const turned = printed.map((p) => ({ x: 1 - p.y - p.height, y: p.x, width: p.height, height: p.width }));
    await expect.poll(async () => matching(turned, await textLayerPlaces(page, WORD))).toBeGreaterThanOrEqual(5);
  });

  it('lets the pointer through in pan mode, and selects text in select-text mode', async () => {
    const page = await openRendered(journey, paper);
    await page.locator('[data-testid="text-status"][data-has-text="true"]').waitFor();
    const word = page.getByTestId('text-layer').locator('span', { hasText: WORD }).first();
    expect(await page.getByTestId('tool-select-text').getAttribute('aria-pressed')).toBe('false');
    // Pan mode: a triple click on the word lands on the stage, which selects nothing.
    await word.click({ clickCount: 3, force: true });
    expect(await selection(page)).toBe('');

    await page.keyboard.press('t');
    await expect.poll(() => page.getByTestId('tool-select-text').getAttribute('aria-pressed')).toBe('true');
    await word.click({ clickCount: 3 });
    expect(await selection(page)).toContain(WORD);
    // The whole layer can be selected and copied as text.
    const all = await page.getByTestId('text-layer').evaluate((layer) => {
      const range = document.createRange();
      range.selectNodeContents(layer);
      const chosen = window.getSelection();
      chosen?.removeAllRanges();
      chosen?.addRange(range);
      return chosen?.toString() ?? '';
    });
    expect(all.length).toBeGreaterThan(10_000);
    expect(all).toContain('Consolidated');

    await page.getByTestId('tool-select-text').click();
    await expect.poll(() => page.getByTestId('tool-select-text').getAttribute('aria-pressed')).toBe('false');
  });

  it('says a scan has no text, and offers no text selection', async () => {
    const page = await openRendered(journey, scanOnly);
    await page.locator('[data-testid="text-status"][data-has-text="false"]').waitFor();
    expect(await page.getByTestId('text-status').textContent()).toBe('No text layer');
    expect(await page.getByTestId('tool-select-text').isDisabled()).toBe(true);
    await page.keyboard.press('t');
    expect(await page.getByTestId('tool-select-text').getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByTestId('text-layer').textContent()).toBe('');
  });
});
