/** A decoded image asked for ahead of its element, and how long it waits to be taken. */
const prefetched = new Map<string, Promise<ImageBitmap>>();
const UNCLAIMED_MS = 10_000;
/** Decoded images waiting at most at once: a reader paging fast must not leave a trail of them behind. */
const MOST_WAITING = 3;

const drop = (url: string, decoding: Promise<ImageBitmap>) => {
  if (prefetched.get(url) !== decoding) return;
  prefetched.delete(url);
  decoding.then((image) => image.close()).catch(() => undefined);
};

/**
 * Fetches and decodes an image before the element that shows it exists (a page's preview while
 * the document's description is still on its way, the next page's while the reader reads), to
 * `width` pixels across: the size it will be shown at, as near as can be told, not its own (a
 * 1600-pixel preview decoded whole is twice the memory and the work of one shown 1100 wide).
 * Taken once; closed if nobody takes it in time, or when newer ones push it out.
 */
export function prefetchImage(url: string, width: number): void {
  if (prefetched.has(url)) return;
  const decoding = fetch(url, { priority: 'high' }).then(async (response) => {
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    return createImageBitmap(await response.blob(), { resizeWidth: Math.max(1, Math.round(width)), resizeQuality: 'medium' });
  });
  decoding.catch(() => drop(url, decoding));
  prefetched.set(url, decoding);
  for (const [oldest, waiting] of prefetched) {
    if (prefetched.size <= MOST_WAITING) break;
    drop(oldest, waiting);
  }
  setTimeout(() => drop(url, decoding), UNCLAIMED_MS);
}

/** The prefetched image for this URL, handed over (the taker closes it), or undefined. */
export function takePrefetchedImage(url: string): Promise<ImageBitmap> | undefined {
  const decoding = prefetched.get(url);
  prefetched.delete(url);
  return decoding;
}
