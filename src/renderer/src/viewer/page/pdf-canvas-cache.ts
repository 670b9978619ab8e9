import { CanvasCache } from './canvas-cache';

/**
 * Whole pages drawn recently, for paging back: about four screens of a full-HD page. Detail
 * canvases are never kept: they belong to one zoom and one scroll position.
 */
export const pdfCanvasCache = new CanvasCache<HTMLCanvasElement>(8_388_608);
