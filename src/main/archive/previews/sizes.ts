export { PREVIEW_WIDTH, THUMBNAIL_SIZE } from '../../../shared/page-images';
export const PREVIEW_QUALITY = 82;

export const THUMBNAIL_QUALITY = 72;

/** Full-page images made from TIFF pages (browsers cannot show TIFF): JPEG for photographs and grey scans. */
export const SCAN_QUALITY = 90;
