import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ZoomMode } from '../geometry/zoom';
import type { StageHandle, ViewPoint } from '../stage/PageStage';
import { useStoredFlag } from '../state/use-stored-flag';
import { ComparePane } from './ComparePane';
import { comparePath, type CompareSide } from './compare-route';
import '../viewer.css';

type Which = 'left' | 'right';

/**
 * Two pages side by side. With "move together" on, a zoom or a scroll on one side is made on
 * the other too (by the same zoom mode and the same relative place); off, each side is its own.
 */
export function CompareView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const sides: Record<Which, CompareSide> = {
    left: { docId: params.leftDoc ?? '', page: Number(params.leftPage ?? 1) },
    right: { docId: params.rightDoc ?? '', page: Number(params.rightPage ?? 1) },
  };
  const [together, setTogether] = useStoredFlag('muragat.compare.together', true);
  const [zoom, setZoom] = useState<Record<Which, ZoomMode>>({ left: { kind: 'fit-page' }, right: { kind: 'fit-page' } });
  const [shown, setShown] = useState<Record<Which, number | null>>({ left: null, right: null });
  const stages = { left: useRef<StageHandle>(null), right: useRef<StageHandle>(null) };
  const other = (which: Which): Which => (which === 'left' ? 'right' : 'left');

  const onZoomChange = (which: Which) => (mode: ZoomMode) =>
    setZoom((old) => (together ? { left: mode, right: mode } : { ...old, [which]: mode }));
  const onScrolled = (which: Which) => (fraction: ViewPoint) => {
    if (together) stages[other(which)].current?.scrollToFraction(fraction);
  };
  const onPage = (which: Which) => (page: number) => {
    const next = { ...sides, [which]: { ...sides[which], page } };
    void navigate(comparePath(next.left, next.right), { replace: true });
  };

  return (
    <section className="viewer compare" aria-label={t('viewer.compare.title')} data-testid="compare-view">
      <nav className="viewer-toolbar" aria-label={t('viewer.toolbar')}>
        <Link to={`/doc/${sides.left.docId}/page/${sides.left.page}`} className="button">
          ← {t('viewer.compare.back')}
        </Link>
        <h1 className="viewer-title">{t('viewer.compare.title')}</h1>
        <label className="compare-together">
          <input type="checkbox" checked={together} onChange={(event) => setTogether(event.target.checked)} data-testid="compare-together" />
          {t('viewer.compare.together')}
        </label>
      </nav>
      <div className="compare-panes">
        {(['left', 'right'] as const).map((which) => (
          <ComparePane
            key={which}
            stage={stages[which]}
            side={sides[which]}
            label={t(`viewer.compare.${which}`)}
            zoom={zoom[which]}
            shownZoom={shown[which]}
            onZoomChange={onZoomChange(which)}
            onZoomResolved={(value) => setShown((old) => (old[which] === value ? old : { ...old, [which]: value }))}
            onPage={onPage(which)}
            onScrolled={onScrolled(which)}
            testId={`compare-${which}`}
          />
        ))}
      </div>
    </section>
  );
}
