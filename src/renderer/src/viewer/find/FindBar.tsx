import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../ui/error-text';
import { FindHitList } from './FindHitList';
import type { ViewerFind } from './use-viewer-find';
import './find.css';

interface FindBarProps {
  find: ViewerFind;
  /** Whether the list of places is shown (remembered: a reader either wants it or not). */
  listOpen: boolean;
  onList: (open: boolean) => void;
  onClose: () => void;
}

/** «3 of 12 places · 2 of 5 on this page», or why there is nothing to step through. */
function countText(t: TFunction, find: ViewerFind): string {
  if (find.query.trim() === '') return '';
  const { document: found, page } = find;
  const stops = found.status === 'done' ? found.stops.length : 0;
  const places = stops === 0 ? '' : find.at === null ? t('search.find.places', { count: stops }) : t('search.find.place', { current: find.at + 1, count: stops });
  const onPage = page.count === 0 ? '' : t('search.find.onPage', { current: page.current + 1, count: page.count });
  const parts = [places, onPage].filter((part) => part !== '');
  if (parts.length > 0) return parts.join(' · ');
  return found.status === 'loading' ? t('search.searching') : t('viewer.find.none');
}

/**
 * Finds a query in the whole document (regions and PDF text, in any script) and marks it in the
 * page's text: Enter goes to the next place, Shift+Enter back, across pages; Escape closes.
 */
export function FindBar({ find, listOpen, onList, onClose }: FindBarProps) {
  const { t } = useTranslation();
  const listId = useId();
  const found = find.document;
  const stops = found.status === 'done' ? found.stops : [];
  const canStep = stops.length > 0 || find.page.count > 0;
  return (
    <div className="find-bar" role="search" data-testid="find-bar">
      <input
        id="find-in-page"
        type="search"
        autoFocus
        value={find.query}
        placeholder={t('search.find.placeholder')}
        aria-label={t('search.find.label')}
        dir="auto"
        data-testid="find-input"
        onChange={(event) => find.setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') find.step(event.shiftKey ? -1 : 1);
          else if (event.key === 'Escape') onClose();
          else return;
          event.preventDefault();
        }}
      />
      <output className="find-count muted" data-testid="find-count" aria-live="polite">
        {countText(t, find)}
      </output>
      <button type="button" onClick={() => find.step(-1)} disabled={!canStep} aria-label={t('viewer.find.previous')}>
        ↑
      </button>
      <button type="button" onClick={() => find.step(1)} disabled={!canStep} aria-label={t('viewer.find.next')}>
        ↓
      </button>
      <button type="button" aria-expanded={listOpen && stops.length > 0} aria-controls={listId} disabled={stops.length === 0} onClick={() => onList(!listOpen)} data-testid="find-list-toggle">
        {t('search.find.list')}
      </button>
      <button type="button" onClick={onClose} aria-label={t('common.close')} data-testid="find-close">
        ×
      </button>
      {found.status === 'failed' && (
        <span className="find-error" role="alert">
          {t('search.find.failed', { reason: errorText(t, found.error) })}
        </span>
      )}
      {listOpen && stops.length > 0 && <FindHitList id={listId} stops={stops} at={find.at} onOpen={find.goToStop} />}
    </div>
  );
}
