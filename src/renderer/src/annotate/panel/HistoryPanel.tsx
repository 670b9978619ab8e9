import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region, RegionContent, RegionRevision } from '../../../../shared/domain/annotations';
import { api } from '../../api/api';
import { useLiveCall } from '../../api/use-live-call';
import { formatTimestamp } from '../../library/format-date';
import { errorText } from '../../ui/error-text';
import { RevisionView } from './RevisionView';

interface HistoryPanelProps {
  docId: string;
  region: Region;
  onRestore: (content: RegionContent) => void;
}

/** The region's saved revisions, loaded only once the reader opens the section. */
export function HistoryPanel(props: HistoryPanelProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="history-panel" onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="history-panel">
      <summary>{t('annotate.panel.history.heading')}</summary>
      {open && <RevisionList {...props} />}
    </details>
  );
}

function RevisionList({ docId, region, onRestore }: HistoryPanelProps) {
  const { t, i18n } = useTranslation();
  // Loaded again after each save of the region, keeping the last list on screen meanwhile.
  const history = useLiveCall(() => api.call.getRegionHistory({ docId, regionId: region.id }), `${docId}/${region.id}`, region.revision);
  const [chosen, setChosen] = useState<number | null>(null);

  // A region never saved yet has no history to ask for.
  if (history.status === 'failed' && history.error.code !== 'not-found') {
    return (
      <p className="field-error" role="alert">
        {errorText(t, history.error)}
      </p>
    );
  }
  if (history.status === 'loading') return <p className="field-hint">{t('annotate.panel.history.loading')}</p>;
  const earlier = history.status === 'done' ? history.value.filter((r) => r.revision < region.revision).reverse() : [];
  const current: RegionRevision = { revision: region.revision, author: region.author, at: region.updatedAt, content: region };
  const shown = earlier.find((r) => r.revision === chosen);

  return (
    <>
      <ol className="revisions" data-testid="revisions">
        {[current, ...earlier].map((revision) => (
          <li key={revision.revision}>
            <button
              type="button"
              className="revision"
              aria-pressed={revision === current ? chosen === null : chosen === revision.revision}
              onClick={() => setChosen(revision === current ? null : revision.revision)}
              data-testid="revision"
            >
              <span className="revision-number">{t('annotate.panel.history.revision', { revision: revision.revision })}</span>
              {revision === current && <span className="chip">{t('annotate.panel.history.current')}</span>}
              <span className="revision-author" dir="auto">
                {revision.author || t('annotate.panel.anonymous')}
              </span>
              <time dateTime={revision.at}>{formatTimestamp(revision.at, i18n.language)}</time>
            </button>
          </li>
        ))}
      </ol>
      {earlier.length === 0 && <p className="field-hint">{t('annotate.panel.history.none')}</p>}
      {shown && <RevisionView revision={shown} current={region} onRestore={() => onRestore(shown.content)} />}
    </>
  );
}
