import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScrollMode } from '../../../../shared/domain/view';
import type { ViewerCommand } from '../shortcuts';
import { GoToPage } from './GoToPage';
import { ToolButton } from './ToolButton';

export interface ToolbarState {
  title: string;
  page: number;
  total: number;
  zoom: number | null;
  mode: ScrollMode;
  sidebar: boolean;
  adjustments: boolean;
  adjusted: boolean;
  selectText: boolean;
  /** Whether the current page has a text layer; undefined until known or for images. */
  hasText: boolean | undefined;
  fullScreen: boolean;
  details: boolean;
  transcribing: boolean;
}

interface ViewerToolbarProps {
  state: ToolbarState;
  run: (command: ViewerCommand) => void;
  goTo: (page: number) => void;
  onDetails: () => void;
  onCompare: () => void;
  onExchange: () => void;
}

/** Every viewer control in one row: pages, zoom, turn, mode, panels; each names its shortcut in its title. */
export function ViewerToolbar({ state, run, goTo, onDetails, onCompare, onExchange }: ViewerToolbarProps) {
  const { t } = useTranslation();
  const { page, total } = state;
  return (
    <nav className="viewer-toolbar" aria-label={t('viewer.toolbar')}>
      {/* A sign only: the header names the library too, and the row must fit a 1280-pixel screen in Kazakh. */}
      <Link to="/" className="button tool-button" aria-label={t('viewer.back')} title={t('viewer.back')}>
        <span aria-hidden="true">←</span>
      </Link>
      <ToolButton command="toggle-sidebar" run={run} pressed={state.sidebar} glyph="▥" />
      <h1 className="viewer-title" title={state.title}>
        {state.title}
      </h1>
      <div className="tool-group pager" role="group" aria-label={t('viewer.pages')}>
        <ToolButton command="first-page" run={run} disabled={page <= 1} glyph="⇤" />
        <ToolButton command="previous-page" run={run} disabled={page <= 1} glyph="‹" testId="previous-page" />
        <GoToPage page={page} total={total} onGo={goTo} />
        <ToolButton command="next-page" run={run} disabled={page >= total} glyph="›" testId="next-page" />
        <ToolButton command="last-page" run={run} disabled={page >= total} glyph="⇥" />
      </div>
      <div className="tool-group" role="group" aria-label={t('viewer.zoom')}>
        <ToolButton command="zoom-out" run={run} glyph="−" />
        <output className="zoom-level" data-testid="zoom-level" aria-live="polite">
          {state.zoom === null ? '' : t('viewer.percent', { value: Math.round(state.zoom * 100) })}
        </output>
        <ToolButton command="zoom-in" run={run} glyph="+" />
        <ToolButton command="fit-width" run={run} glyph="↔" />
        <ToolButton command="fit-page" run={run} glyph="⤢" />
        <ToolButton command="actual-size" run={run} glyph="1:1" />
      </div>
      <div className="tool-group" role="group" aria-label={t('viewer.view')}>
        <ToolButton command="rotate-counterclockwise" run={run} glyph="⟲" />
        <ToolButton command="rotate-clockwise" run={run} glyph="⟳" />
        <ToolButton command="toggle-mode" run={run} pressed={state.mode === 'continuous'} glyph="☰" />
        <ToolButton command="toggle-adjustments" run={run} pressed={state.adjustments} glyph="◐" marked={state.adjusted} />
        <ToolButton command="select-text" run={run} pressed={state.selectText} glyph="T" disabled={state.hasText !== true} />
        <span className="text-status muted" data-testid="text-status" data-has-text={state.hasText === undefined ? 'unknown' : String(state.hasText)}>
          {state.hasText === undefined ? '' : state.hasText ? t('viewer.hasText') : t('viewer.noText')}
        </span>
      </div>
      <div className="tool-group" role="group">
        <ToolButton command="toggle-transcription" run={run} pressed={state.transcribing} glyph="✎" />
        <button type="button" className="tool-button" onClick={onCompare} data-testid="compare-open" aria-label={t('viewer.compare.open')} title={t('viewer.compare.open')}>
          <span aria-hidden="true">⧉</span>
        </button>
        <button type="button" className="tool-button" onClick={onExchange} data-testid="exchange-open" aria-label={t('exchange.open')} title={t('exchange.open')}>
          <span aria-hidden="true">⇅</span>
        </button>
        <ToolButton command="full-screen" run={run} pressed={state.fullScreen} glyph="⛶" />
        <ToolButton command="help" run={run} glyph="?" />
        <button type="button" aria-pressed={state.details} aria-controls="metadata-panel" onClick={onDetails} data-testid="details-toggle">
          {t('metadata.toggle')}
        </button>
      </div>
    </nav>
  );
}
