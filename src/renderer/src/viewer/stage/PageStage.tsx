import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rotation, ScrollMode } from '../../../../shared/domain/view';
import { layoutPages, pageAtLine, pagesInBand, PAGE_GAP, type PlacedPage, type StageLayout } from '../geometry/page-layout';
import { rotatedRect, rotatedSize, type Rect, type Size } from '../geometry/size';
import { scrollToShow } from '../geometry/scroll-to-show';
import { visiblePart, type ScrollBox } from '../geometry/visible-rect';
import { resolveZoom, wheelZoom, type ZoomMode } from '../geometry/zoom';
import { useCall } from '../../api/use-call';
import { PageView } from '../page/PageView';
import { useDragPan } from './use-drag-pan';
import { useElementSize } from '../../ui/use-element-size';
import { fetchAsset } from './page-asset-cache';
import { putOnStage } from './pages-on-stage';
import { useNextPagePrefetch } from './use-next-page-prefetch';

/** A point of the viewport, in CSS pixels from its top left. */
export interface ViewPoint {
  x: number;
  y: number;
}

export interface StageHandle {
  /** Changes the zoom keeping the page point under `anchor` (the viewport's centre by default) in place. */
  setZoom(mode: ZoomMode, anchor?: ViewPoint): void;
  /** Scrolls by this much; false when already at that edge. */
  pan(dx: number, dy: number): boolean;
  /** Whether the page is wider than the viewport (arrows then pan instead of turning pages). */
  canPanAcross(): boolean;
  viewport(): Size;
  /** Moves to the same relative place as another stage (compare with synchronised movement). */
  scrollToFraction(fraction: ViewPoint): void;
  /** Scrolls as little as needed to show this part of a page (upright grid pixels), when the page is laid out. */
  reveal(index: number, rect: Rect): void;
}

/** What a page carries above its pixels (the regions), given the page's index and its box on screen. */
export type PageOverlay = (index: number, box: Size) => ReactNode;

interface PageStageProps {
  ref?: Ref<StageHandle>;
  docId: string;
  title: string;
  /** Every page's reference grid size, upright. */
  pages: readonly Size[];
  current: number;
  mode: ScrollMode;
  rotation: Rotation;
  zoom: ZoomMode;
  pixelStyle?: CSSProperties;
  selectText: boolean;
  onZoomChange: (mode: ZoomMode) => void;
  /** The zoom the current page is shown at, worked out for the fit modes. */
  onZoomResolved?: (zoom: number) => void;
  /** Continuous scroll brought another page to the middle of the viewport. */
  onCurrentChange: (index: number) => void;
  onTextKnown?: (page: number, hasText: boolean) => void;
  /** A page was drawn sharp (its index). */
  onPageRendered?: (page: number) => void;
  /** The reader scrolled: where the viewport now is, as fractions of the scrollable range. */
  onScrolled?: (fraction: ViewPoint) => void;
  overlay?: PageOverlay;
}

interface Anchor {
  index: number;
  fx: number;
  fy: number;
  at: ViewPoint;
}

/**
 * The scrolling stage: pages laid out at their zoom, only those in or near sight mounted; the
 * wheel with Ctrl (or a pinch) zooms around the pointer, a drag pans.
 */
export function PageStage(props: PageStageProps) {
  const { ref, docId, title, pages, current, mode, rotation, zoom, pixelStyle, selectText, onZoomChange, onZoomResolved, onCurrentChange, onTextKnown, onPageRendered, onScrolled, overlay } = props;
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const viewport = useElementSize(scroller);
  const [scroll, setScroll] = useState({ left: 0, top: 0 });
  const anchor = useRef<Anchor | null>(null);
  // The page last shown or reported; null until the first is shown, once the viewport is measured.
  const reported = useRef<number | null>(null);
  // A scroll this stage was told to make is not reported back (two synchronised stages would echo).
  const following = useRef(false);

  const layout = useMemo<StageLayout>(() => {
    const shown = mode === 'single' ? [current] : pages.map((_, index) => index);
    return layoutPages(
      shown.map((index) => {
        const size = rotatedSize(pages[index] ?? { width: 1, height: 1 }, rotation);
        return { index, size, zoom: resolveZoom(zoom, size, viewport) };
      }),
      viewport.width,
    );
  }, [mode, current, pages, rotation, zoom, viewport]);

  const placedCurrent = layout.pages.find((p) => p.index === current);
  const resolved = placedCurrent?.zoom;
  useEffect(() => {
    if (resolved !== undefined) onZoomResolved?.(resolved);
  }, [resolved, onZoomResolved]);

  const anchorAt = useCallback(
    (at: ViewPoint): Anchor | null => {
      const element = scroller.current;
      if (!element) return null;
      const y = element.scrollTop + at.y;
      const page = pageAtLine(layout, y);
      if (!page) return null;
      return { index: page.index, fx: (element.scrollLeft + at.x - page.left) / page.width, fy: (y - page.top) / page.height, at };
    },
    [layout],
  );

  const centre = useCallback((): ViewPoint => ({ x: viewport.width / 2, y: viewport.height / 2 }), [viewport]);

  useImperativeHandle(
    ref,
    () => ({
      setZoom: (next, at) => {
        anchor.current = anchorAt(at ?? centre());
        onZoomChange(next);
      },
      pan: (dx, dy) => {
        const element = scroller.current;
        if (!element) return false;
        const before = [element.scrollLeft, element.scrollTop];
        element.scrollBy(dx, dy);
        return element.scrollLeft !== before[0] || element.scrollTop !== before[1];
      },
      canPanAcross: () => layout.width > viewport.width + 1,
      viewport: () => viewport,
      scrollToFraction: ({ x, y }) => {
        const element = scroller.current;
        if (!element) return;
        following.current = true;
        element.scrollLeft = x * (element.scrollWidth - element.clientWidth);
        element.scrollTop = y * (element.scrollHeight - element.clientHeight);
      },
      reveal: (index, rect) => {
        const element = scroller.current;
        const page = layout.pages.find((p) => p.index === index);
        const upright = pages[index];
        if (!element || !page || !upright) return;
        const turned = rotatedRect(rect, upright, rotation);
        const target = { left: page.left + turned.x * page.zoom, top: page.top + turned.y * page.zoom, width: turned.width * page.zoom, height: turned.height * page.zoom };
        const to = scrollToShow(target, { left: element.scrollLeft, top: element.scrollTop, width: element.clientWidth, height: element.clientHeight });
        element.scrollTo(to.left, to.top);
      },
    }),
    [anchorAt, centre, layout, onZoomChange, viewport, pages, rotation],
  );

  // A zoom (or a turn) keeps the anchored point of the page where it was on screen.
  const previousRotation = useRef(rotation);
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    if (previousRotation.current !== rotation) {
      previousRotation.current = rotation;
      anchor.current ??= anchorAt(centre());
    }
    const pending = anchor.current;
    if (!pending) return;
    anchor.current = null;
    const page = layout.pages.find((p) => p.index === pending.index);
    if (!page) return;
    element.scrollLeft = page.left + pending.fx * page.width - pending.at.x;
    element.scrollTop = page.top + pending.fy * page.height - pending.at.y;
  }, [layout, rotation, anchorAt, centre]);

  // Turning to a page from outside (keys, buttons, the sidebar), or changing the scroll mode, shows the page's top.
  const shownMode = useRef(mode);
  const measured = viewport.width > 0;
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !measured || (reported.current === current && shownMode.current === mode)) return;
    reported.current = current;
    shownMode.current = mode;
    const page = layout.pages.find((p) => p.index === current);
    if (page) element.scrollTop = mode === 'single' ? 0 : page.top - PAGE_GAP;
    // Only a change of page or mode (or the first measure) moves the view; a new layout alone must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current, mode, measured]);

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    setScroll({ left: element.scrollLeft, top: element.scrollTop });
    if (following.current) following.current = false;
    else onScrolled?.({ x: fraction(element.scrollLeft, element.scrollWidth - element.clientWidth), y: fraction(element.scrollTop, element.scrollHeight - element.clientHeight) });
    if (mode !== 'continuous') return;
    const middle = pageAtLine(layout, element.scrollTop + element.clientHeight / 2);
    if (middle && middle.index !== reported.current) {
      reported.current = middle.index;
      onCurrentChange(middle.index);
    }
  };

  // Ctrl + wheel (and a trackpad pinch, which Chromium reports so) zooms; the page must not.
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const box = element.getBoundingClientRect();
      const at = { x: event.clientX - box.left, y: event.clientY - box.top };
      const found = anchorAt(at);
      const page = found ? layout.pages.find((p) => p.index === found.index) : undefined;
      anchor.current = found;
      onZoomChange({ kind: 'scale', value: wheelZoom(page?.zoom ?? 1, event.deltaY) });
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [anchorAt, layout, onZoomChange]);

  const view: ScrollBox = { left: scroll.left, top: scroll.top, width: viewport.width, height: viewport.height };
  const mounted = viewport.height === 0 ? [] : pagesInBand(layout, scroll.top - viewport.height, scroll.top + 2 * viewport.height);
  const pan = useDragPan(scroller);
  const prefetchNext = useNextPagePrefetch(docId, pages, mode, zoom);
  const onRendered = useCallback(
    (page: number, shownWidth: number) => {
      prefetchNext(page, shownWidth);
      onPageRendered?.(page);
    },
    [prefetchNext, onPageRendered],
  );

  return (
    <div ref={scroller} className="stage" data-testid="page-stage" tabIndex={-1} onScroll={onScroll} aria-label={t('viewer.stage')} {...pan}>
      <div className="stage-content" style={{ width: layout.width, height: layout.height }}>
        {mounted.map((placed) => (
          <StagePage
            key={placed.index}
            docId={docId}
            title={title}
            placed={placed}
            rotation={rotation}
            view={view}
            pixelStyle={pixelStyle}
            selectText={selectText}
            onTextKnown={onTextKnown}
            onRendered={onRendered}
            overlay={overlay}
          />
        ))}
      </div>
    </div>
  );
}

const fraction = (position: number, range: number) => (range > 0 ? position / range : 0);

interface StagePageProps {
  docId: string;
  title: string;
  placed: PlacedPage;
  rotation: Rotation;
  view: ScrollBox;
  pixelStyle?: CSSProperties;
  selectText: boolean;
  onTextKnown?: (page: number, hasText: boolean) => void;
  /** A page drawn sharp, and how wide its pixels are on screen, in device pixels. */
  onRendered: (page: number, shownWidth: number) => void;
  overlay?: PageOverlay;
}

/** One page slot: its asset from the engine, then the page view at its place on the stage. */
function StagePage({ docId, title, placed, rotation, view, pixelStyle, selectText, onTextKnown, onRendered, overlay }: StagePageProps) {
  const { t } = useTranslation();
  const asset = useCall(() => fetchAsset(docId, placed.index), [docId, placed.index]);
  useEffect(() => putOnStage(docId, placed.index), [docId, placed.index]);
  const tight = visiblePart(placed, view, 0);
  const wide = visiblePart(placed, view, 0.25);
  const box = { width: placed.width, height: placed.height };
  return (
    <div className="stage-page" style={{ left: placed.left, top: placed.top, width: placed.width, height: placed.height }}>
      {asset.status === 'done' && (
        <PageView
          asset={asset.value}
          title={title}
          box={box}
          rotation={rotation}
          inSight={tight && wide ? { tight, wide } : null}
          pixelStyle={pixelStyle}
          selectText={selectText}
          onTextKnown={onTextKnown}
          onRendered={(page) => onRendered(page, rotatedSize(box, rotation).width * window.devicePixelRatio)}
        >
          {overlay?.(placed.index, box)}
        </PageView>
      )}
      {asset.status === 'failed' && (
        <p className="page-failure" role="alert" data-testid="page-view" data-state="failed">
          {t('viewer.failed', { page: placed.index + 1, message: asset.error.message })}
        </p>
      )}
    </div>
  );
}
