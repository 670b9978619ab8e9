import { describe, expect, it } from 'vitest';
import type { PageAsset } from '../../../src/shared/contract';
import { PREVIEW_WIDTH } from '../../../src/shared/page-images';
import { PREVIEW_SLACK, previewServes } from '../../../src/renderer/src/viewer/page/preview-serves';

/** A 7200×9600 newspaper page, as the engine describes it. */
const page = (changes: Partial<PageAsset> = {}): PageAsset => ({
  docId: 'doc-1',
  page: 0,
  format: 'pdf',
  url: '/files/doc-1/0',
  sourcePage: 1,
  width: 7200,
  height: 9600,
  grid: 'pdf-scan',
  previewUrl: '/pages/doc-1/0/preview',
  scanOnly: true,
  ...changes,
});

describe('when the preview is the page', () => {
  it('serves a scan-only PDF page and an image while the screen asks no more than the preview holds, with its slack', () => {
    expect(previewServes(page(), 1088)).toBe(true);
    expect(previewServes(page(), PREVIEW_WIDTH * PREVIEW_SLACK)).toBe(true);
    expect(previewServes(page({ format: 'tiff', grid: 'image', scanOnly: undefined }), 1440)).toBe(true);
  });

  it('leaves the page to pdf.js or the scan once the screen asks for more', () => {
    expect(previewServes(page(), PREVIEW_WIDTH * PREVIEW_SLACK + 1)).toBe(false);
    expect(previewServes(page({ format: 'jpeg', grid: 'image', scanOnly: undefined }), 1800)).toBe(false);
  });

  it('never serves a PDF page with more on it than its scan, nor one whose scan-only status is unknown', () => {
    expect(previewServes(page({ scanOnly: undefined }), 1088)).toBe(false);
    expect(previewServes(page({ grid: 'pdf-300dpi', scanOnly: undefined }), 600)).toBe(false);
  });

  it('leaves a page no wider than a preview to its own drawing, and a page without a preview', () => {
    expect(previewServes(page({ width: PREVIEW_WIDTH, height: 2000 }), 1000)).toBe(false);
    expect(previewServes(page({ previewUrl: undefined }), 1000)).toBe(false);
  });
});
