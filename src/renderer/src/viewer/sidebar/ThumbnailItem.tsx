import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rotation } from '../../../../shared/domain/view';
import { rotationTransform, type Size } from '../geometry/size';
import { thumbnailBox } from './thumbnail-size';
import { pageImageUrl } from '../../../../shared/asset-urls';
import { DecodedImage } from '../../ui/DecodedImage';

interface ThumbnailItemProps {
  docId: string;
  index: number;
  page: Size;
  rotation: Rotation;
  start: number;
  height: number;
  isCurrent: boolean;
  /** The one thumbnail Tab stops at (roving focus); the arrows move it. */
  tabbable: boolean;
  onSelect: (index: number) => void;
  onFocusItem: (index: number) => void;
}

/** One page in the strip: its thumbnail turned as the page is, and its number. Memoised, so scrolling renders only what comes into view. */
export const ThumbnailItem = memo(function ThumbnailItem({ docId, index, page, rotation, start, height, isCurrent, tabbable, onSelect, onFocusItem }: ThumbnailItemProps) {
  const { t } = useTranslation();
  const { box, image } = thumbnailBox(page, rotation);
  const number = index + 1;
  return (
    <button
      type="button"
      className={`thumb-item${isCurrent ? ' is-current' : ''}`}
      style={{ transform: `translateY(${start}px)`, height }}
      tabIndex={tabbable ? 0 : -1}
      aria-current={isCurrent ? 'page' : undefined}
      aria-label={t('viewer.sidebar.page', { page: number })}
      data-index={index}
      data-testid={`thumbnail-${number}`}
      onClick={() => onSelect(index)}
      onFocus={() => onFocusItem(index)}
    >
      <span className="thumb-box" style={{ width: box.width, height: box.height }}>
        <DecodedImage
          url={pageImageUrl('thumbnail', docId, index)}
          maxWidth={image.width * window.devicePixelRatio}
          priority="low"
          style={{ width: image.width, height: image.height, transform: rotationTransform(rotation, image) }}
        />
      </span>
      <span className="thumb-number" aria-hidden="true">
        {number}
      </span>
    </button>
  );
});
