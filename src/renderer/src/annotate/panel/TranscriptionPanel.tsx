import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../../shared/domain/annotations';
import type { AnnotationSession } from '../session/session-types';
import { needsWork } from '../regions-by-page';
import { tallyProgress } from './progress';
import { ProgressSummary } from './ProgressSummary';
import { RegionEditor } from './RegionEditor';
import { RegionList } from './RegionList';
import type { EditorCommand } from './RegionText';
import { moveStep, neighbour, placeRelative } from './reorder';
import { WorkFilter } from './WorkFilter';
import './panel.css';

export interface TranscriptionPanelProps {
  session: AnnotationSession;
  /** Index of the page shown. */
  page: number;
  docId: string;
  /** Ask the page to scroll the region into view. */
  onReveal: (id: string) => void;
  /** The filter, when the owner keeps it (so it outlives the panel); else the panel keeps its own. */
  needingWork?: boolean;
  /** The filter changed: true while only regions needing work are listed, so the page can dim the rest. */
  onFilter?: (needingWork: boolean) => void;
  /** The pointer is over a region in the list (null: over none), so the page can light it up. */
  onHover?: (id: string | null) => void;
}

const onPage = (regions: readonly Region[], page: number) => regions.filter((r) => r.page === page);

/** The transcription panel beside the page: progress, the page's regions in reading order, and the selected region's editor. */
export function TranscriptionPanel({ session, page, docId, onReveal, needingWork: given, onFilter, onHover }: TranscriptionPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [own, setOwn] = useState(false);
  const needingWork = given ?? own;
  const panelRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  // The region whose text takes the focus once its editor is drawn (after Enter, Tab, Ctrl+Enter).
  const focusText = useRef<string | null>(null);

  const { regions, selected } = session;
  const pageRegions = useMemo(() => onPage(regions, page), [regions, page]);
  const progress = useMemo(() => tallyProgress(regions, page), [regions, page]);
  const allTags = useMemo(() => [...new Set(regions.flatMap((r) => r.tags))].sort(), [regions]);
  const region = selected === null ? undefined : regions.find((r) => r.id === selected);

  useLayoutEffect(() => {
    const field = textRef.current;
    if (focusText.current === null || field?.dataset.regionId !== focusText.current) return;
    field.focus();
    focusText.current = null;
  });

  const shown = (r: Region) => !needingWork || needsWork(r);
  const isShown = (id: string) => {
    const r = regions.find((x) => x.id === id);
    return r !== undefined && shown(r);
  };
  const choose = (id: string) => {
    session.select(id);
    onReveal(id);
  };
  const move = (id: string, step: 1 | -1) => {
    const target = regions.find((r) => r.id === id);
    if (!target) return false;
    const ids = onPage(regions, target.page).map((r) => r.id);
    const order = moveStep(ids, id, step, isShown);
    if (order) session.reorder(target.page, order);
    return true;
  };
  const place = (id: string, target: string, side: 'before' | 'after') => {
    const ids = pageRegions.map((r) => r.id);
    session.reorder(page, placeRelative(ids, id, target, side));
  };
  const filter = (next: boolean) => {
    setOwn(next);
    onFilter?.(next);
  };

  const runCommand = (current: Region, command: EditorCommand): boolean => {
    const ids = onPage(regions, current.page).map((r) => r.id);
    const goTo = (step: 1 | -1) => {
      const next = neighbour(ids, current.id, step, isShown);
      if (next === null) return false;
      focusText.current = next;
      choose(next);
      return true;
    };
    switch (command.type) {
      case 'go':
        return goTo(command.step) || !command.passThrough;
      case 'done-and-next':
        session.update(current.id, { status: 'done' });
        goTo(1);
        return true;
      case 'move':
        return move(current.id, command.step);
      case 'leave':
        panelRef.current?.querySelector<HTMLElement>(`.region-list [data-region-id="${CSS.escape(current.id)}"]`)?.focus();
        return true;
    }
  };

  return (
    <aside ref={panelRef} className="side-panel transcription-panel" aria-labelledby={headingId} data-testid="transcription-panel">
      <div className="panel-head">
        <h2 id={headingId}>{t('annotate.panel.heading')}</h2>
      </div>
      {session.status === 'loading' ? (
        <p className="placeholder">{t('annotate.panel.loading')}</p>
      ) : session.status === 'failed' ? (
        <p className="notice notice-error" role="alert">
          {t('annotate.panel.loadFailed', { reason: session.loadError ?? '' })}
        </p>
      ) : (
        <div className="transcription-body">
          <ProgressSummary page={progress.page} doc={progress.doc} />
          <WorkFilter needingWork={needingWork} onChange={filter} />
          {pageRegions.length === 0 ? (
            <p className="field-hint">{t('annotate.panel.noRegions')}</p>
          ) : (
            <RegionList
              regions={pageRegions}
              shown={shown}
              selected={selected}
              onChoose={choose}
              onMove={move}
              onPlace={place}
              onEdit={() => textRef.current?.focus()}
              onHover={onHover}
            />
          )}
          {region ? (
            <RegionEditor
              key={region.id}
              region={region}
              session={session}
              docId={docId}
              allTags={allTags}
              textRef={textRef}
              onCommand={(command) => runCommand(region, command)}
            />
          ) : (
            <p className="placeholder">{t('annotate.panel.noSelection')}</p>
          )}
        </div>
      )}
    </aside>
  );
}
