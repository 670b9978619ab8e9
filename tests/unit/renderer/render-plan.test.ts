import { describe, expect, it } from 'vitest';
import { FULL_PAGE_PIXELS, MAX_CANVAS_PIXELS, planRender, stillServes } from '../../../src/renderer/src/viewer/page/render-plan';

const everything = { x: 0, y: 0, width: 1, height: 1 };

describe('planning a drawing', () => {
  it('draws a page at fit width whole, at the screen\'s pixel ratio', () => {
    expect(planRender(1200, 1600, 1, everything)).toEqual({ kind: 'full', pixelWidth: 1200, pixelHeight: 1600 });
    expect(planRender(1200, 1600, 2, everything)).toEqual({ kind: 'full', pixelWidth: 2400, pixelHeight: 3200 });
  });

  it('draws only the part in sight of a page too large to draw whole, never past the canvas limit', () => {
    // The 1856 scan at actual pixels: 69 megapixels, of which a viewport shows a corner.
    const part = { x: 0.25, y: 0.5, width: 0.2, height: 0.1 };
    const plan = planRender(7200, 9600, 1, part);
    expect(plan).toEqual({ kind: 'detail', rect: part, pixelWidth: 1440, pixelHeight: 960 });
    const huge = planRender(7200 * 8, 9600 * 8, 2, everything);
    expect(huge?.kind).toBe('detail');
    expect((huge?.pixelWidth ?? 0) * (huge?.pixelHeight ?? 0)).toBeLessThanOrEqual(MAX_CANVAS_PIXELS * 1.001);
  });

  it('draws nothing for a page too large to draw whole that is out of sight', () => {
    expect(planRender(7200, 9600, 1, null)).toBeNull();
    expect(planRender(100, 100, 1, null)?.kind).toBe('full');
  });

  it('switches from whole to part at the threshold', () => {
    const side = Math.floor(Math.sqrt(FULL_PAGE_PIXELS));
    expect(planRender(side, side, 1, everything)?.kind).toBe('full');
    expect(planRender(side + 2, side + 2, 1, everything)?.kind).toBe('detail');
  });

  it('keeps a drawing while a pan stays inside its margin, and draws again past it or at a new zoom', () => {
    const drawn = planRender(7200, 9600, 1, { x: 0.2, y: 0.2, width: 0.3, height: 0.2 });
    const wanted = planRender(7200, 9600, 1, { x: 0.25, y: 0.22, width: 0.3, height: 0.2 });
    expect(stillServes(drawn, wanted, { x: 0.3, y: 0.25, width: 0.15, height: 0.1 })).toBe(true);
    expect(stillServes(drawn, wanted, { x: 0.45, y: 0.25, width: 0.15, height: 0.1 })).toBe(false);
    const zoomed = planRender(9000, 12000, 1, { x: 0.2, y: 0.2, width: 0.3, height: 0.2 });
    expect(stillServes(drawn, zoomed, { x: 0.3, y: 0.25, width: 0.1, height: 0.1 })).toBe(false);
    expect(stillServes(planRender(1200, 1600, 1, everything), planRender(1200, 1600, 1, everything), everything)).toBe(true);
    expect(stillServes(planRender(1200, 1600, 1, everything), planRender(1300, 1733, 1, everything), everything)).toBe(false);
  });
});
