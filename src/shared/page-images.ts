/** Previews are wide enough to read at fit width on a full-HD screen; the viewer shows one at once. */
export const PREVIEW_WIDTH = 1600;

/** Thumbnails fit this square: sharp on a HiDPI grid of 160-pixel cards. */
export const THUMBNAIL_SIZE = 320;
