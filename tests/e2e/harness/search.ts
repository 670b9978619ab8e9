import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LibraryJourney } from './library-journey';
import type { ListedDocument } from './viewer';

/** A hit as the library search shows it. */
export interface ShownHit {
  docId: string;
  regionId: string | null;
  field: string;
  page: number;
  text: string;
  marks: string[];
}

/** Every hit on the search view, in order. */
export const shownHits = (page: Page): Promise<ShownHit[]> =>
  page.getByTestId('search-hit').evaluateAll((links) =>
    links.map((link) => ({
      docId: link.getAttribute('data-doc-id') ?? '',
      regionId: link.getAttribute('data-region-id'),
      field: link.getAttribute('data-field') ?? '',
      page: Number(link.getAttribute('data-page')),
      text: link.textContent,
      marks: [...link.querySelectorAll('mark')].map((mark) => mark.textContent),
    })),
  );

/** The documents of the groups shown, in order. */
export const shownGroups = (page: Page): Promise<string[]> =>
  page.getByTestId('search-group').evaluateAll((groups) => groups.map((group) => group.getAttribute('data-doc-id') ?? ''));

/** Types a query into the library search, as a reader does (the search runs once typing rests). */
export async function searchFor(page: Page, query: string): Promise<void> {
  const field = page.getByTestId('search-input');
  await field.fill('');
  await field.pressSequentially(query, { delay: 20 });
}

/** Waits until the hit in a region is shown, and returns it. */
export async function waitForRegionHit(page: Page, regionId: string): Promise<ShownHit> {
  await page.locator(`[data-testid="search-hit"][data-region-id="${regionId}"]`).waitFor({ timeout: 15_000 });
  const hit = (await shownHits(page)).find((h) => h.regionId === regionId);
  if (!hit) throw new Error(`no hit in region ${regionId}`);
  return hit;
}

export interface NewRegion {
  id: string;
  /** 0-based page. */
  page: number;
  text: string;
  status?: string;
  entities?: { id: string; type: string; start: number; end: number }[];
  tags?: string[];
}

/** Saves a region straight to the library, as another terminal would: a box across the page's upper half. */
export async function saveRegion(journey: LibraryJourney, doc: ListedDocument, region: NewRegion): Promise<void> {
  const size = doc.pages[region.page];
  if (!size) throw new Error(`the document has no page ${region.page}`);
  const result = await journey.call<{ ok: boolean }>('saveRegions', {
    docId: doc.id,
    author: 'Іздеу сынағы',
    changes: [
      {
        op: 'put',
        id: region.id,
        baseRevision: 0,
        content: {
          page: region.page,
          shape: { type: 'rect', x: size.width * 0.1, y: size.height * 0.6, width: size.width * 0.5, height: size.height * 0.15 },
          kind: 'text',
          order: 50,
          text: region.text,
          language: 'kk',
          script: 'Cyrl',
          direction: 'ltr',
          status: region.status ?? 'done',
          tags: region.tags ?? [],
          entities: region.entities ?? [],
        },
      },
    ],
  });
  expect(result.ok).toBe(true);
}

/** The number of text-layer ranges the find bar marks (CSS Custom Highlight API). */
export const markedInTextLayer = (page: Page): Promise<number> => page.evaluate(() => CSS.highlights.get('muragat-find')?.size ?? 0);
