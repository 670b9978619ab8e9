import { describe, expect, it } from 'vitest';
import { layoutPages, pageAtLine, pagesInBand, PAGE_GAP } from '../../../src/renderer/src/viewer/geometry/page-layout';
import { rotatedRect, rotatedSize, rotationTransform, turn } from '../../../src/renderer/src/viewer/geometry/size';
import { scrollToShow } from '../../../src/renderer/src/viewer/geometry/scroll-to-show';
import { covers, visiblePart } from '../../../src/renderer/src/viewer/geometry/visible-rect';
import { clampZoom, MAX_ZOOM, MIN_ZOOM, PAGE_MARGIN, parseZoom, resolveZoom, stepZoom, wheelZoom } from '../../../src/renderer/src/viewer/geometry/zoom';

const scan = { width: 7200, height: 9600 };

describe('turning a page', () => {
  it('swaps the sides on a quarter turn only', () => {
    expect(rotatedSize(scan, 0)).toEqual(scan);
    expect(rotatedSize(scan, 90)).toEqual({ width: 9600, height: 7200 });
    expect(rotatedSize(scan, 180)).toEqual(scan);
    expect(rotatedSize(scan, 270)).toEqual({ width: 9600, height: 7200 });
  });

  it('walks the quarter turns both ways and wraps around', () => {
    expect(turn(0, 1)).toBe(90);
    expect(turn(270, 1)).toBe(0);
    expect(turn(0, -1)).toBe(270);
    expect(turn(90, -1)).toBe(0);
  });

  it('lays an upright layer into its turned box: every corner lands inside the box', () => {
    const size = { width: 300, height: 400 };
    const apply = (transform: string | undefined, [x, y]: [number, number]): [number, number] => {
      if (!transform) return [x, y];
      const [, tx = '0', ty = '0', deg = '0'] = /translate\(([-\d.]+)(?:px)?, ([-\d.]+)(?:px)?\) rotate\((\d+)deg\)/.exec(transform) ?? [];
      const rad = (Number(deg) * Math.PI) / 180;
      // `|| 0` turns the -0 of a rounding into 0.
      return [Math.round(x * Math.cos(rad) - y * Math.sin(rad) + Number(tx)) || 0, Math.round(x * Math.sin(rad) + y * Math.cos(rad) + Number(ty)) || 0];
    };
    for (const rotation of [0, 90, 180, 270] as const) {
      const box = rotatedSize(size, rotation);
      const corners = ([[0, 0], [300, 0], [0, 400], [300, 400]] as [number, number][]).map((c) => apply(rotationTransform(rotation, size), c));
      expect(corners.map(([x]) => x).sort((a, b) => a - b), `x at ${rotation}`).toEqual([0, 0, box.width, box.width]);
      expect(corners.map(([, y]) => y).sort((a, b) => a - b), `y at ${rotation}`).toEqual([0, 0, box.height, box.height]);
    }
    // The top left of the scan goes to the top right after a clockwise quarter turn.
    expect(apply(rotationTransform(90, size), [0, 0])).toEqual([400, 0]);
  });
});

describe('zoom', () => {
  const viewport = { width: 1200, height: 800 };

  it('fits the width or the whole page inside the margins', () => {
    expect(resolveZoom({ kind: 'fit-width' }, scan, viewport)).toBeCloseTo((1200 - 2 * PAGE_MARGIN) / 7200);
    expect(resolveZoom({ kind: 'fit-page' }, scan, viewport)).toBeCloseTo((800 - 2 * PAGE_MARGIN) / 9600);
    expect(resolveZoom({ kind: 'fit-page' }, { width: 9600, height: 1000 }, viewport)).toBeCloseTo((1200 - 2 * PAGE_MARGIN) / 9600);
    expect(resolveZoom({ kind: 'scale', value: 4 }, scan, viewport)).toBe(4);
  });

  it('keeps every zoom between the limits, even for a tiny viewport or a huge number', () => {
    expect(resolveZoom({ kind: 'fit-width' }, { width: 100000, height: 100 }, { width: 0, height: 0 })).toBe(MIN_ZOOM);
    expect(resolveZoom({ kind: 'scale', value: 1000 }, scan, viewport)).toBe(MAX_ZOOM);
    expect(clampZoom(-1)).toBe(MIN_ZOOM);
  });

  it('steps in and out from any zoom to the next step, and stops at the ends', () => {
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(1, -1)).toBe(0.75);
    expect(stepZoom(0.16, 1)).toBe(0.2);
    expect(stepZoom(0.16, -1)).toBe(0.15);
    expect(stepZoom(MAX_ZOOM, 1)).toBe(MAX_ZOOM);
    expect(stepZoom(MIN_ZOOM, -1)).toBe(MIN_ZOOM);
    // A step in then out returns where a step began.
    expect(stepZoom(stepZoom(0.5, 1), -1)).toBe(0.5);
  });

  it('zooms by the wheel proportionally: in and back out by the same turn is where it began', () => {
    const inward = wheelZoom(1, -100);
    expect(inward).toBeGreaterThan(1);
    expect(wheelZoom(inward, 100)).toBeCloseTo(1);
    expect(wheelZoom(MAX_ZOOM, -1000)).toBe(MAX_ZOOM);
  });

  it('reads the zoom of a page link', () => {
    expect(parseZoom('fit-width')).toEqual({ kind: 'fit-width' });
    expect(parseZoom('fit-page')).toEqual({ kind: 'fit-page' });
    expect(parseZoom('0.96')).toEqual({ kind: 'scale', value: 0.96 });
    expect(parseZoom('99')).toEqual({ kind: 'scale', value: MAX_ZOOM });
    for (const bad of [null, '', ' ', '0', '-2', 'abc', 'Infinity', 'NaN']) expect(parseZoom(bad), String(bad)).toBeNull();
  });
});

describe('laying out pages', () => {
  const pages = [0, 1, 2].map((index) => ({ index, size: { width: 1000, height: 1500 }, zoom: 0.5 }));

  it('stacks pages with gaps and centres narrow ones', () => {
    const layout = layoutPages(pages, 800);
    expect(layout.pages.map((p) => p.top)).toEqual([PAGE_MARGIN, PAGE_MARGIN + 750 + PAGE_GAP, PAGE_MARGIN + 2 * (750 + PAGE_GAP)]);
    expect(layout.pages[0]?.left).toBe(150);
    expect(layout.width).toBe(800);
    expect(layout.height).toBe(3 * 750 + 2 * PAGE_GAP + 2 * PAGE_MARGIN);
  });

  it('widens the stage for a page wider than the viewport, starting at the margin', () => {
    const layout = layoutPages([{ index: 0, size: { width: 1000, height: 1500 }, zoom: 2 }], 800);
    expect(layout.width).toBe(2000 + 2 * PAGE_MARGIN);
    expect(layout.pages[0]?.left).toBe(PAGE_MARGIN);
  });

  it('finds the pages in a band and the page under a line, at 1,000 pages', () => {
    const many = layoutPages(
      Array.from({ length: 1000 }, (_, index) => ({ index, size: { width: 1000, height: 1500 }, zoom: 0.5 })),
      800,
    );
    const band = pagesInBand(many, 766 * 500 + 20, 766 * 500 + 900);
    expect(band.map((p) => p.index)).toEqual([500, 501]);
    expect(pageAtLine(many, 766 * 10 + 100)?.index).toBe(10);
    expect(pageAtLine(many, 1e9)?.index).toBe(999);
    expect(pagesInBand(many, -5000, -1)).toEqual([]);
  });
});

describe('the part of a page in sight', () => {
  const page = { index: 0, left: 100, top: 100, width: 1000, height: 2000, zoom: 1 };

  it('is given in fractions of the page, widened by the margin and clipped to the page', () => {
    expect(visiblePart(page, { left: 600, top: 1100, width: 200, height: 200 }, 0)).toEqual({ x: 0.5, y: 0.5, width: 0.2, height: 0.1 });
    expect(visiblePart(page, { left: 600, top: 1100, width: 200, height: 200 }, 0.5)).toEqual({ x: 0.4, y: 0.45, width: 0.4, height: 0.2 });
    expect(visiblePart(page, { left: 0, top: 0, width: 5000, height: 5000 }, 0.25)).toEqual({ x: 0, y: 0, width: 1, height: 1 });
  });

  it('is null when the page is out of sight', () => {
    expect(visiblePart(page, { left: 0, top: 3000, width: 500, height: 500 }, 0)).toBeNull();
  });

  it('knows when a drawn part still covers what is in sight', () => {
    const drawn = { x: 0.2, y: 0.2, width: 0.5, height: 0.5 };
    expect(covers(drawn, { x: 0.3, y: 0.3, width: 0.2, height: 0.2 })).toBe(true);
    expect(covers(drawn, { x: 0.6, y: 0.3, width: 0.2, height: 0.2 })).toBe(false);
  });
});

describe('a part of a page once the page is turned', () => {
  const page = { width: 1000, height: 2000 };
  const part = { x: 100, y: 200, width: 300, height: 50 };
  it('stays where it is upright', () => expect(rotatedRect(part, page, 0)).toEqual(part));
  it('moves to the right-hand side a quarter turn clockwise', () => expect(rotatedRect(part, page, 90)).toEqual({ x: 1750, y: 100, width: 50, height: 300 }));
  it('lies opposite at a half turn', () => expect(rotatedRect(part, page, 180)).toEqual({ x: 600, y: 1750, width: 300, height: 50 }));
  it('moves to the bottom at a quarter turn back', () => expect(rotatedRect(part, page, 270)).toEqual({ x: 200, y: 600, width: 50, height: 300 }));
});

describe('scrolling to show a region', () => {
  const view = { left: 0, top: 1000, width: 800, height: 600 };
  it('does not move when the region is in sight', () => expect(scrollToShow({ left: 100, top: 1100, width: 200, height: 100 }, view)).toEqual({ left: 0, top: 1000 }));
  it('scrolls down just enough, with a margin, for a region below', () => expect(scrollToShow({ left: 100, top: 1700, width: 200, height: 100 }, view)).toEqual({ left: 0, top: 1248 }));
  it('scrolls up to a region above, with a margin', () => expect(scrollToShow({ left: 100, top: 500, width: 200, height: 100 }, view)).toEqual({ left: 0, top: 452 }));
  it('shows the top left of a region larger than the view', () => expect(scrollToShow({ left: 900, top: 2000, width: 2000, height: 2000 }, view)).toEqual({ left: 852, top: 1952 }));
});
