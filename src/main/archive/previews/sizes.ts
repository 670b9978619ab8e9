/** Previews are wide enough to read at fit width on a full-HD screen. */
export const PREVIEW_WIDTH = 1600;
export const PREVIEW_QUALITY = 82;

/** Thumbnails fit this square: sharp on a HiDPI grid of 160-pixel cards. */
export const THUMBNAIL_SIZE = 320;
export const THUMBNAIL_QUALITY = 72;

/** Full-page images made from TIFF pages (browsers cannot show TIFF): JPEG for photographs and grey scans. */
export const SCAN_QUALITY = 90;
