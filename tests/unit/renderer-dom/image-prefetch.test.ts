import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prefetchImage, takePrefetchedImage } from '../../../src/renderer/src/ui/image-prefetch';

/** A stand-in for a decoded image that says whether it was closed. */
class FakeBitmap {
  closed = false;
  constructor(
    readonly url: string,
    readonly width: number | undefined,
  ) {}
  close() {
    this.closed = true;
  }
}

describe('prefetched images', () => {
  const made: FakeBitmap[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    made.length = 0;
    vi.stubGlobal('fetch', (url: string) => Promise.resolve(new Response(url)));
    vi.stubGlobal('createImageBitmap', async (blob: Blob, options?: ImageBitmapOptions) => {
      const bitmap = new FakeBitmap(await blob.text(), options?.resizeWidth);
      made.push(bitmap);
      return bitmap;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    // Whatever a test left waiting is taken, so the next test starts with none.
    for (const url of ['a', 'b', 'c', 'd', 'e']) void takePrefetchedImage(url);
  });

  it('hands an image over once, decoded at the width it will be shown, and not again', async () => {
    prefetchImage('a', 1087.6);
    const taken = (await takePrefetchedImage('a')) as unknown as FakeBitmap;
    expect(taken.url).toBe('a');
    expect(taken.width).toBe(1088);
    expect(taken.closed).toBe(false);
    expect(takePrefetchedImage('a')).toBeUndefined();
  });

  it('keeps at most three waiting: a fourth closes the oldest, which can no longer be taken', async () => {
    for (const url of ['a', 'b', 'c', 'd']) prefetchImage(url, 100);
    await vi.advanceTimersByTimeAsync(0);
    expect(takePrefetchedImage('a')).toBeUndefined();
    expect(made.find((bitmap) => bitmap.url === 'a')?.closed).toBe(true);
    for (const url of ['b', 'c', 'd']) expect(((await takePrefetchedImage(url)) as unknown as FakeBitmap).closed).toBe(false);
  });

  it('closes an image nobody took within ten seconds', async () => {
    prefetchImage('e', 100);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(takePrefetchedImage('e')).toBeUndefined();
    expect(made.find((bitmap) => bitmap.url === 'e')?.closed).toBe(true);
  });
});
