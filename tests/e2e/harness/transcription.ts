import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LibraryJourney } from './library-journey';

export interface StoredRegion {
  id: string;
  page: number;
  order: number;
  kind: string;
  text: string;
  status: string;
  script?: string;
  direction: string;
  revision: number;
  author?: string;
}

/** What the library holds for a document, asked straight of the server. */
export const storedRegions = async (journey: LibraryJourney, docId: string): Promise<StoredRegion[]> =>
  (await journey.call<{ regions: StoredRegion[] }>('getAnnotations', { docId })).regions;

/** Names the archivist in the header, as a new user would, and opens the transcription tools with E. */
export async function startTranscribing(page: Page, author: string): Promise<void> {
  const field = page.getByTestId('author-name');
  await field.fill(author);
  await field.press('Enter');
  await page.keyboard.press('e');
  await page.getByTestId('transcription-panel').waitFor();
}

/** Draws a rectangle on page n's overlay between two points given as fractions of the page's box. */
export async function drawRect(page: Page, n: number, from: [number, number], to: [number, number]): Promise<void> {
  await page.getByTestId('tool-tool-rect').click();
  const box = await page.locator(`[data-testid="region-overlay"][data-page="${n}"]`).boundingBox();
  if (!box) throw new Error(`page ${n} has no region overlay on screen`);
  await page.mouse.move(box.x + from[0] * box.width, box.y + from[1] * box.height);
  await page.mouse.down();
  await page.mouse.move(box.x + to[0] * box.width, box.y + to[1] * box.height, { steps: 6 });
  await page.mouse.up();
  await page.getByTestId('tool-tool-select').click();
}

/** The ids of the regions in the panel's list, in reading order. */
export const listedRegions = (page: Page): Promise<string[]> =>
  page.getByTestId('region-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-region-id') ?? ''));

export const selectedRegion = (page: Page): Promise<string | null> =>
  page.locator('[data-testid="region"][data-selected="true"]').getAttribute('data-region-id');

/** Waits until every change is stored. */
export async function waitSaved(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
}
