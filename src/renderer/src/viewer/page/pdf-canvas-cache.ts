import { CanvasCache } from './canvas-cache';

/**
 * Whole pages drawn recently, for paging back and forth: about two full-HD pages at fit width.
 * Small on purpose: a page paged back to shows its preview at once anyway, and a 2D canvas costs
 * the renderer about twice its pixels. Detail canvases are never kept: they belong to one zoom
 * and one scroll position.
 */
export const pdfCanvasCache = new CanvasCache<HTMLCanvasElement>(4_194_304);
