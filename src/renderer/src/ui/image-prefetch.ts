/** A decoded image asked for ahead of its element, and how long it waits to be taken. */
const prefetched = new Map<string, Promise<ImageBitmap>>();
const UNCLAIMED_MS = 10_000;

/**
 * Fetches and decodes an image before the element that shows it exists (a page's preview while
 * the document's description is still on its way). Taken once; closed if nobody takes it.
 */
export function prefetchImage(url: string): void {
  if (prefetched.has(url)) return;
  const decoding = fetch(url, { priority: 'high' }).then(async (response) => {
    if (!response.ok) throw new Error(`${response.status} ${url}`);
    return createImageBitmap(await response.blob());
  });
  decoding.catch(() => prefetched.delete(url));
  prefetched.set(url, decoding);
  setTimeout(() => {
    if (prefetched.get(url) !== decoding) return;
    prefetched.delete(url);
    decoding.then((image) => image.close()).catch(() => undefined);
  }, UNCLAIMED_MS);
}

/** The prefetched image for this URL, handed over (the taker closes it), or undefined. */
export function takePrefetchedImage(url: string): Promise<ImageBitmap> | undefined {
  const decoding = prefetched.get(url);
  prefetched.delete(url);
  return decoding;
}
