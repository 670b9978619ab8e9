import { describe, expect, it } from 'vitest';
import { THUMBNAIL_CHROME, THUMBNAIL_MAX_HEIGHT, THUMBNAIL_MAX_WIDTH, thumbnailBox, thumbnailItemHeight } from '../../../src/renderer/src/viewer/sidebar/thumbnail-size';

const A4 = { width: 2480, height: 3508 };

describe('a page thumbnail in the sidebar', () => {
  it('is as wide as the strip allows, at the page’s own aspect ratio', () => {
    expect(thumbnailBox(A4, 0)).toEqual({ box: { width: THUMBNAIL_MAX_WIDTH, height: 158 }, image: { width: THUMBNAIL_MAX_WIDTH, height: 158 } });
    expect(thumbnailBox(A4, 180).box).toEqual({ width: THUMBNAIL_MAX_WIDTH, height: 158 });
  });

  it('swaps sides for a quarter turn; the image stays unturned for CSS to turn', () => {
    expect(thumbnailBox(A4, 90)).toEqual({ box: { width: THUMBNAIL_MAX_WIDTH, height: 79 }, image: { width: 79, height: THUMBNAIL_MAX_WIDTH } });
    expect(thumbnailBox(A4, 270)).toEqual(thumbnailBox(A4, 90));
  });

  it('caps a tall narrow page’s height, narrowing it instead', () => {
    expect(thumbnailBox({ width: 1000, height: 5000 }, 0).box).toEqual({ width: 34, height: THUMBNAIL_MAX_HEIGHT });
    expect(thumbnailBox({ width: 5000, height: 1000 }, 90).box).toEqual({ width: 34, height: THUMBNAIL_MAX_HEIGHT });
  });

  it('keeps a sliver of a page big enough to see and click', () => {
    expect(thumbnailBox({ width: 10_000, height: 10 }, 0).box).toEqual({ width: THUMBNAIL_MAX_WIDTH, height: 8 });
  });

  it('shows a page of unknown size as an upright A4 sheet', () => {
    const a4 = thumbnailBox({ width: 210, height: 297 }, 0);
    expect(thumbnailBox({ width: 0, height: 0 }, 0)).toEqual(a4);
    expect(thumbnailBox({ width: 100, height: 0 }, 0)).toEqual(a4);
    expect(thumbnailBox({ width: Number.NaN, height: 100 }, 0)).toEqual(a4);
  });

  it('takes a row as tall as its picture plus the button and the page number', () => {
    expect(thumbnailItemHeight(A4, 0)).toBe(158 + THUMBNAIL_CHROME);
    expect(thumbnailItemHeight(A4, 90)).toBe(79 + THUMBNAIL_CHROME);
  });
});
