import { useTranslation } from 'react-i18next';
import type { PageFind } from './use-page-find';
import './find.css';

interface FindBarProps {
  query: string;
  onQuery: (query: string) => void;
  find: PageFind;
  onClose: () => void;
}

/** Finds words in the PDF text of the pages shown; Enter goes to the next match, Shift+Enter back, Escape closes. */
export function FindBar({ query, onQuery, find, onClose }: FindBarProps) {
  const { t } = useTranslation();
  return (
    <div className="find-bar" role="search" data-testid="find-bar">
      <input
        id="find-in-page"
        type="search"
        autoFocus
        value={query}
        placeholder={t('viewer.find.placeholder')}
        aria-label={t('viewer.find.label')}
        data-testid="find-input"
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') find.next(event.shiftKey ? -1 : 1);
          else if (event.key === 'Escape') onClose();
          else return;
          event.preventDefault();
        }}
      />
      <output className="find-count muted" data-testid="find-count" aria-live="polite">
        {query.trim() === '' ? '' : find.count === 0 ? t('viewer.find.none') : t('viewer.find.count', { current: find.current + 1, count: find.count })}
      </output>
      <button type="button" onClick={() => find.next(-1)} disabled={find.count === 0} aria-label={t('viewer.find.previous')}>
        ↑
      </button>
      <button type="button" onClick={() => find.next(1)} disabled={find.count === 0} aria-label={t('viewer.find.next')}>
        ↓
      </button>
      <button type="button" onClick={onClose} aria-label={t('common.close')} data-testid="find-close">
        ×
      </button>
    </div>
  );
}
