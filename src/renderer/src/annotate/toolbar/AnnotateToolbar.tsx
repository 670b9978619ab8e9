import { useTranslation } from 'react-i18next';
import { ToolButton } from '../../viewer/toolbar/ToolButton';
import type { ViewerCommand } from '../../viewer/shortcuts';
import type { OverlayTool } from '../overlay/RegionOverlay';
import type { SaveStatus as Status } from '../session/session-types';
import { SaveStatus } from './SaveStatus';
import './annotate-toolbar.css';

interface AnnotateToolbarProps {
  tool: OverlayTool;
  run: (command: ViewerCommand) => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Lines are drawn inside a region: the tool waits for one to be selected. */
  hasSelection: boolean;
  save: Status;
  /** Shows again the conflicts put off for later. */
  onConflicts: () => void;
}

const TOOLS: readonly { tool: OverlayTool; command: ViewerCommand; glyph: string }[] = [
  { tool: 'select', command: 'tool-select', glyph: '➚' },
  { tool: 'rect', command: 'tool-rect', glyph: '▭' },
  { tool: 'polygon', command: 'tool-polygon', glyph: '⬠' },
  { tool: 'line', command: 'tool-line', glyph: '☰' },
];

/** The transcriber's row: drawing tools, undo and redo, and where the work is saved. */
export function AnnotateToolbar({ tool, run, canUndo, canRedo, hasSelection, save, onConflicts }: AnnotateToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="viewer-toolbar annotate-toolbar" role="toolbar" aria-label={t('annotate.toolbar')} data-testid="annotate-toolbar">
      <div className="tool-group" role="group" aria-label={t('annotate.tools')}>
        {TOOLS.map((entry) => (
          <ToolButton key={entry.tool} command={entry.command} run={run} glyph={entry.glyph} pressed={tool === entry.tool} disabled={entry.tool === 'line' && !hasSelection} />
        ))}
      </div>
      <div className="tool-group" role="group" aria-label={t('annotate.history')}>
        <ToolButton command="undo" run={run} glyph="↶" disabled={!canUndo} />
        <ToolButton command="redo" run={run} glyph="↷" disabled={!canRedo} />
      </div>
      <SaveStatus status={save} />
      {save.state === 'conflict' && (
        <button type="button" onClick={onConflicts} data-testid="show-conflicts">
          {t('annotate.conflict.show')}
        </button>
      )}
    </div>
  );
}
