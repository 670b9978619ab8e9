import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region, RegionRevision } from '../../../../shared/domain/annotations';
import { ChangeList } from './ChangeList';
import { contentChanges } from './revision-changes';
import { textDiff } from './text-diff';

interface RevisionViewProps {
  revision: RegionRevision;
  current: Region;
  onRestore: () => void;
}

/** An earlier revision against the region now: its text as a diff, its other fields as a list, and a way back to it. */
export function RevisionView({ revision, current, onRestore }: RevisionViewProps) {
  const { t } = useTranslation();
  // The diff follows typing at its own pace; the keystrokes never wait for it.
  const text = useDeferredValue(current.text);
  const parts = useMemo(() => textDiff(revision.content.text, text), [revision.content.text, text]);
  const changes = contentChanges(revision.content, current);
  const sameText = parts?.every((part) => part.change === 'same') === true;

  return (
    <div className="revision-view" data-testid="revision-view">
      <h4>{t('annotate.panel.history.compare', { revision: revision.revision })}</h4>
      {parts === null ? (
        <p className="field-hint">{t('annotate.panel.history.tooDifferent')}</p>
      ) : sameText ? (
        <p className="field-hint">{t('annotate.panel.history.sameText')}</p>
      ) : (
        <div className="history-diff" dir={current.direction} lang={current.language} data-testid="revision-diff">
          {parts.map((part, i) =>
            part.change === 'added' ? (
              <ins key={i}>{part.text}</ins>
            ) : part.change === 'removed' ? (
              <del key={i}>{part.text}</del>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </div>
      )}
      <ChangeList changes={changes} />
      <button type="button" className="small" onClick={onRestore} data-testid="revision-restore">
        {t('annotate.panel.history.restore', { revision: revision.revision })}
      </button>
    </div>
  );
}
