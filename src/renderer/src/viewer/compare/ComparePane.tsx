import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useCall } from '../../api/use-call';
import { useAdjustmentFilter } from '../adjustments/use-adjustment-filter';
import { stepZoom, type ZoomMode } from '../geometry/zoom';
import { PageStage, type StageHandle, type ViewPoint } from '../stage/PageStage';
import { useViewSettings } from '../state/use-view-settings';
import type { CompareSide } from './compare-route';

interface ComparePaneProps {
  stage: RefObject<StageHandle | null>;
  side: CompareSide;
  label: string;
  zoom: ZoomMode;
  shownZoom: number | null;
  onZoomChange: (mode: ZoomMode) => void;
  onZoomResolved: (zoom: number) => void;
  onPage: (page: number) => void;
  onScrolled: (fraction: ViewPoint) => void;
  testId: string;
}

/** One side of a comparison: a page with its document's own turn and adjustments, and small controls. */
export function ComparePane({ stage, side, label, zoom, shownZoom, onZoomChange, onZoomResolved, onPage, onScrolled, testId }: ComparePaneProps) {
  const { t } = useTranslation();
  const doc = useCall(() => api.call.getDocument({ id: side.docId }), [side.docId]);
  const { view, known } = useViewSettings(side.docId);
  const filter = useAdjustmentFilter(view.adjustments);
  const total = doc.status === 'done' ? doc.value.pages.length : 0;
  const title = doc.status === 'done' ? doc.value.title : '';
  const zoomTo = (mode: ZoomMode) => (stage.current ? stage.current.setZoom(mode) : onZoomChange(mode));

  return (
    <section className="compare-pane" aria-label={label} data-testid={testId}>
      {filter.defs}
      <header className="compare-pane-head">
        <h2 className="compare-title" title={title}>
          {title}
        </h2>
        <button type="button" onClick={() => onPage(side.page - 1)} disabled={side.page <= 1} aria-label={t('viewer.command.previous-page')}>
          ‹
        </button>
        <span className="muted">{total > 0 && t('viewer.page', { page: side.page, total })}</span>
        <button type="button" onClick={() => onPage(side.page + 1)} disabled={side.page >= total} aria-label={t('viewer.command.next-page')}>
          ›
        </button>
        <button type="button" onClick={() => zoomTo({ kind: 'scale', value: stepZoom(shownZoom ?? 1, -1) })} aria-label={t('viewer.command.zoom-out')}>
          −
        </button>
        <output className="zoom-level">{shownZoom === null ? '' : t('viewer.percent', { value: Math.round(shownZoom * 100) })}</output>
        <button type="button" onClick={() => zoomTo({ kind: 'scale', value: stepZoom(shownZoom ?? 1, 1) })} aria-label={t('viewer.command.zoom-in')}>
          +
        </button>
        <button type="button" onClick={() => zoomTo({ kind: 'fit-page' })} aria-label={t('viewer.command.fit-page')}>
          ⤢
        </button>
      </header>
      {doc.status === 'failed' && (
        <p className="notice notice-error" role="alert">
          {doc.error.message}
        </p>
      )}
      {doc.status === 'done' && known && side.page >= 1 && side.page <= total && (
        <PageStage
          ref={stage}
          docId={side.docId}
          title={title}
          pages={doc.value.pages}
          current={side.page - 1}
          mode="single"
          rotation={view.rotation}
          zoom={zoom}
          pixelStyle={filter.style}
          selectText={false}
          onZoomChange={onZoomChange}
          onZoomResolved={onZoomResolved}
          onCurrentChange={() => undefined}
          onScrolled={onScrolled}
        />
      )}
    </section>
  );
}
