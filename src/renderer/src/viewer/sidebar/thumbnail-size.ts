import type { Rotation } from '../../../../shared/domain/view';
import { rotatedSize, type Size } from '../geometry/size';

/** The widest a page's picture gets in the 160-px strip, after its padding and scrollbar. */
export const THUMBNAIL_MAX_WIDTH = 112;
/** A narrow, tall page (a newspaper column, a scroll) is capped so one page never fills the strip. */
export const THUMBNAIL_MAX_HEIGHT = 168;
/** Below this a sliver of a page could not be seen, let alone clicked. */
const THUMBNAIL_MIN_SIDE = 8;
/** Button borders and padding, the space between picture and number, and the number's line. */
export const THUMBNAIL_CHROME = 36;
/** Used when a page's size is unknown: an A4 sheet, upright. */
const FALLBACK_PAGE: Size = { width: 210, height: 297 };

export interface ThumbnailBox {
  /** The picture's place in the strip, turned. */
  box: Size;
  /** The image element before its CSS turn: the box with its sides swapped back for a quarter turn. */
  image: Size;
}

const usable = (page: Size): Size => (page.width > 0 && page.height > 0 && Number.isFinite(page.width / page.height) ? page : FALLBACK_PAGE);

const side = (value: number) => Math.max(THUMBNAIL_MIN_SIDE, Math.round(value));

/** Where a page's thumbnail goes: its turned aspect ratio, as wide as the strip allows, no taller than the cap. */
export function thumbnailBox(page: Size, rotation: Rotation): ThumbnailBox {
  const turned = rotatedSize(usable(page), rotation);
  const scale = Math.min(THUMBNAIL_MAX_WIDTH / turned.width, THUMBNAIL_MAX_HEIGHT / turned.height);
  const box = { width: side(turned.width * scale), height: side(turned.height * scale) };
  return { box, image: rotatedSize(box, rotation) };
}

/** The strip's row for a page, fixed in advance so the virtualiser never measures. */
export function thumbnailItemHeight(page: Size, rotation: Rotation): number {
  return thumbnailBox(page, rotation).box.height + THUMBNAIL_CHROME;
}
