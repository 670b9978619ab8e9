import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import type { LibraryJourney } from './library-journey';

/** Where to look: the whole viewer, or one pane of the compare view. */
export type Scope = Page | Locator;

export type PageState = 'loading' | 'preview' | 'rendered' | 'failed';

export interface ListedDocument {
  id: string;
  title: string;
  /** Each page's reference grid, in pixels. */
  pages: { width: number; height: number }[];
}

/** A document of the served library by its title (an imported file's name without extension). */
export async function documentTitled(journey: LibraryJourney, title: string): Promise<ListedDocument> {
  const documents = await journey.call<ListedDocument[]>('listDocuments');
  const found = documents.find((d) => d.title === title);
  if (!found) throw new Error(`No document titled ${title}; the library has ${documents.map((d) => d.title).join(', ')}`);
  return found;
}

/** The hash route of a page, with an optional `?zoom=`. */
export const viewRoute = (docId: string, page = 1, zoom?: string | number) =>
  `#/doc/${docId}/page/${page}${zoom === undefined ? '' : `?zoom=${zoom}`}`;

const pageSelector = (n?: number) => `[data-testid="page-view"]${n === undefined ? '' : `[data-page="${n}"]`}`;

/** Page n's view (1-based), or every page view in the scope. */
export const pageView = (scope: Scope, n?: number): Locator => scope.locator(pageSelector(n));

/** Waits until page n (or the first page view) is in this state. */
export async function waitForPageState(scope: Scope, state: PageState, n?: number, timeout = 30_000): Promise<void> {
  await scope.locator(`${pageSelector(n)}[data-state="${state}"]`).first().waitFor({ timeout });
}

/** Opens a page in a guarded browser page and waits until it is drawn sharp. */
export async function openRendered(journey: LibraryJourney, docId: string, page = 1, zoom?: string | number): Promise<Page> {
  const browserPage = await journey.open(viewRoute(docId, page, zoom));
  await waitForPageState(browserPage, 'rendered', page);
  return browserPage;
}

/** The page number in the URL. */
export function pageInUrl(page: Page): number {
  const match = /\/page\/(\d+)/.exec(page.url());
  if (!match) throw new Error(`Not a page URL: ${page.url()}`);
  return Number(match[1]);
}

/**
 * The zoom shown, in per cent ("17 %" → 17). By class: the compare panes' zoom output has no
 * test id, the viewer's has both.
 */
export async function shownZoom(scope: Scope): Promise<number> {
  const text = (await scope.locator('.zoom-level').first().textContent()) ?? '';
  const match = /(\d+)/.exec(text);
  if (!match) throw new Error(`No zoom shown: "${text}"`);
  return Number(match[1]);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A page view's box on screen, in CSS pixels. */
export async function pageBox(scope: Scope, n?: number): Promise<Box> {
  const box = await pageView(scope, n).first().boundingBox();
  if (!box) throw new Error(`Page ${n ?? ''} is not on screen`);
  return box;
}

export interface StageGeometry extends Box {
  scrollLeft: number;
  scrollTop: number;
  scrollWidth: number;
  scrollHeight: number;
}

/** The scroller: its visible box on screen and where it is scrolled to. */
export function stageGeometry(scope: Scope): Promise<StageGeometry> {
  return scope.getByTestId('page-stage').evaluate((stage) => {
    const rect = stage.getBoundingClientRect();
    return {
      x: rect.x,
      y: rect.y,
      width: stage.clientWidth,
      height: stage.clientHeight,
      scrollLeft: stage.scrollLeft,
      scrollTop: stage.scrollTop,
      scrollWidth: stage.scrollWidth,
      scrollHeight: stage.scrollHeight,
    };
  });
}

export interface SharpLayer {
  kind: 'page-canvas' | 'page-detail';
  /** Canvas pixels. */
  width: number;
  height: number;
  /** The part of the page it covers, as fractions of the page box (from its style's percentages). */
  part: Box;
}

/** The canvases pdf.js drew for a page: one whole page, or the detail of the part in sight. */
export function sharpLayers(scope: Scope, n?: number): Promise<SharpLayer[]> {
  return pageView(scope, n)
    .first()
    .evaluate((view) =>
      Array.from(view.querySelectorAll<HTMLCanvasElement>('canvas[data-testid="page-canvas"], canvas[data-testid="page-detail"]')).map((canvas) => ({
        kind: canvas.dataset.testid === 'page-detail' ? ('page-detail' as const) : ('page-canvas' as const),
        width: canvas.width,
        height: canvas.height,
        part: {
          x: parseFloat(canvas.style.left) / 100,
          y: parseFloat(canvas.style.top) / 100,
          width: parseFloat(canvas.style.width) / 100,
          height: parseFloat(canvas.style.height) / 100,
        },
      })),
    );
}

/** How many pixels across the page's preview holds on screen (it is decoded for the size shown). */
export function previewPixels(scope: Scope, n?: number): Promise<number> {
  return pageView(scope, n)
    .first()
    .getByTestId('page-preview')
    .evaluate((canvas) => (canvas as HTMLCanvasElement).width);
}

/** How many page views are in the DOM (continuous mode mounts only those near the viewport). */
export const mountedPages = (scope: Scope): Promise<number[]> =>
  pageView(scope).evaluateAll((views) => views.map((view) => Number(view.getAttribute('data-page'))));

// A property on the DOM object itself, not an attribute: it survives only as long as that very object.
const TAG = '__muragatE2eTag';

/** Marks a DOM element so a later look can tell whether it is still the same object. */
export async function tagElement(element: Locator, tag: string): Promise<void> {
  await element.evaluate((node, [key, value]) => Reflect.set(node, key, value), [TAG, tag] as const);
}

/** The tag put by tagElement, or undefined for an element made since. */
export function elementTag(element: Locator): Promise<string | undefined> {
  return element.evaluate((node, key) => {
    const value: unknown = Reflect.get(node, key);
    return typeof value === 'string' ? value : undefined;
  }, TAG);
}

export interface Tone {
  /** Share of dark pixels (lightness below 110 of 255). */
  dark: number;
  /** Share of mid-grey pixels (lightness 40–215): none when a page is cut to black and white. */
  grey: number;
  /** Mean lightness, 0–255. */
  mean: number;
}

/**
 * How an element looks on screen, read from a screenshot: unlike a canvas read back, this
 * includes CSS filters (the adjustments).
 */
export async function screenTone(element: Locator): Promise<Tone> {
  const png = await element.screenshot();
  const { data } = await sharp(png).removeAlpha().greyscale().raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  let grey = 0;
  let sum = 0;
  for (const value of data) {
    if (value < 110) dark++;
    if (value > 40 && value < 215) grey++;
    sum += value;
  }
  return { dark: dark / data.length, grey: grey / data.length, mean: sum / data.length };
}

/**
 * How alike two screenshots are: the correlation (−1 to 1) of their lightness at 96 × 64, so a
 * sharp drawing and a blurred preview of the same thing score near 1, and one shifted by a few
 * pixels clearly less.
 */
export async function likeness(a: Buffer, b: Buffer): Promise<number> {
  const small = (png: Buffer) => sharp(png).greyscale().resize(96, 64, { fit: 'fill' }).raw().toBuffer();
  const [x, y] = await Promise.all([small(a), small(b)]);
  const mean = (values: Buffer) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const [mx, my] = [mean(x), mean(y)];
  let xy = 0;
  let xx = 0;
  let yy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    xy += dx * dy;
    xx += dx * dx;
    yy += dy * dy;
  }
  return xy / Math.sqrt(xx * yy || 1);
}

export interface SavedView {
  rotation: number;
  mode: 'single' | 'continuous';
  adjustments: { brightness: number; contrast: number; gamma: number; grayscale: boolean; invert: boolean; threshold: number | null };
}

/** What the library holds for a document's view (rotation, adjustments, mode). */
export const savedView = (journey: LibraryJourney, docId: string): Promise<SavedView> => journey.call<SavedView>('getViewSettings', { docId });

/** Puts a document's view back to the defaults, so tests sharing a library start alike. */
export async function resetView(journey: LibraryJourney, docId: string): Promise<void> {
  const neutral = { brightness: 1, contrast: 1, gamma: 1, grayscale: false, invert: false, threshold: null };
  await journey.call('setViewSettings', { docId, view: { rotation: 0, mode: 'single', adjustments: neutral } });
}
