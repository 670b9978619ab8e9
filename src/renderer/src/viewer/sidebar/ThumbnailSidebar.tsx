import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Rotation } from '../../../../shared/domain/view';
import type { Size } from '../geometry/size';
import { nextFocusIndex, withIndex } from './roving-focus';
import { ThumbnailItem } from './ThumbnailItem';
import { thumbnailItemHeight } from './thumbnail-size';
import './sidebar.css';

interface ThumbnailSidebarProps {
  docId: string;
  pages: readonly Size[];
  /** 0-based. */
  current: number;
  rotation: Rotation;
  onSelect: (index: number) => void;
}

/** Space between thumbnails and at the strip's ends; given to the virtualiser so nothing is measured. */
const GAP = 4;
const PADDING = 8;

const itemButton = (strip: HTMLElement | null, index: number) => strip?.querySelector<HTMLButtonElement>(`[data-index="${index}"]`);

/**
 * The document's pages as a strip of thumbnails beside the page: only those on screen (and a few
 * around) are in the page, so a thousand-page volume scrolls as a ten-page one does.
 */
export function ThumbnailSidebar({ docId, pages, current, rotation, onSelect }: ThumbnailSidebarProps) {
  const { t } = useTranslation();
  const nav = useRef<HTMLElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const heights = useMemo(() => pages.map((page) => thumbnailItemHeight(page, rotation)), [pages, rotation]);
  // Roving focus starts at the current page and follows it whenever the page changes.
  const [roving, setRoving] = useState({ index: current, current });
  const focusIndex = Math.min(roving.current === current ? roving.index : current, pages.length - 1);
  const rangeExtractor = useCallback((range: Range) => withIndex(defaultRangeExtractor(range), focusIndex), [focusIndex]);
  // eslint-disable-next-line react-hooks/incompatible-library -- this app does not use the React Compiler; the virtualiser re-renders the strip itself
  const virtualizer = useVirtualizer({
    count: pages.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => heights[index] ?? 0,
    gap: GAP,
    paddingStart: PADDING,
    paddingEnd: PADDING,
    overscan: 6,
    rangeExtractor,
  });
  // A turn changes every row's height; laid out again before the browser paints.
  useLayoutEffect(() => virtualizer.measure(), [heights, virtualizer]);

  // Opened, the strip shows the current page in its middle; afterwards it scrolls only as far as needed.
  const placed = useRef(false);
  useEffect(() => {
    virtualizer.scrollToIndex(current, { align: placed.current ? 'auto' : 'center' });
    placed.current = true;
  }, [current, heights, virtualizer]);
  useEffect(() => {
    // Focus follows the page only when it is already in the strip: a page turned elsewhere never pulls it here.
    if (nav.current?.contains(document.activeElement)) itemButton(nav.current, current)?.focus({ preventScroll: true });
  }, [current]);

  const focusItem = useCallback((index: number) => setRoving({ index, current }), [current]);
  const onKeyDown = (event: KeyboardEvent) => {
    const next = nextFocusIndex(event.key, focusIndex, pages.length);
    if (next === null || event.altKey || event.ctrlKey || event.metaKey) return;
    // The arrows belong to the strip while it has the focus; the viewer's shortcuts skip a handled key, so the page does not pan too.
    event.preventDefault();
    // Rendered at once, so the button exists to take the focus.
    flushSync(() => focusItem(next));
    virtualizer.scrollToIndex(next, { align: 'auto' });
    itemButton(nav.current, next)?.focus({ preventScroll: true });
  };

  return (
    <nav ref={nav} className="thumbnail-sidebar" aria-label={t('viewer.sidebar.label')} data-testid="thumbnail-sidebar" onKeyDown={onKeyDown}>
      <div ref={scroller} className="thumb-scroller">
        <div className="thumb-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const page = pages[item.index];
            if (!page) return null;
            return (
              <ThumbnailItem
                key={item.key}
                docId={docId}
                index={item.index}
                page={page}
                rotation={rotation}
                start={item.start}
                height={item.size}
                isCurrent={item.index === current}
                tabbable={item.index === focusIndex}
                onSelect={onSelect}
                onFocusItem={focusItem}
              />
            );
          })}
        </div>
      </div>
    </nav>
  );
}
