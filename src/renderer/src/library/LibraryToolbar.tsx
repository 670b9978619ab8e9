import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BundleImportDialog } from '../exchange/BundleImportDialog';
import type { LibraryFilters, ViewState } from './view-state';

interface LibraryToolbarProps {
  view: ViewState;
  update: (change: Partial<ViewState>) => void;
  setFilters: (change: Partial<LibraryFilters>) => void;
  shown: number;
  total: number;
}

/** The heading, how many documents are shown, the quick filter, the order and the way of showing. */
export function LibraryToolbar({ view, update, setFilters, shown, total }: LibraryToolbarProps) {
  const { t } = useTranslation();
  const quickId = useId();
  const sortId = useId();
  const { sort } = view;
  const [bundleImport, setBundleImport] = useState(false);
  return (
    <div className="library-toolbar">
      <div className="section-head">
        <h1 id="library-heading">{t('library.heading')}</h1>
        <span className="muted" data-testid="library-count" aria-live="polite">
          {shown === total ? t('library.count', { count: total }) : t('library.shown', { shown, count: total })}
        </span>
        <div className="view-controls">
          <div className="segmented" role="group" aria-label={t('library.mode.label')}>
            <button type="button" aria-pressed={view.mode === 'list'} onClick={() => update({ mode: 'list' })} data-testid="mode-list">
              {t('library.mode.list')}
            </button>
            <button type="button" aria-pressed={view.mode === 'grid'} onClick={() => update({ mode: 'grid' })} data-testid="mode-grid">
              {t('library.mode.grid')}
            </button>
          </div>
          <button type="button" aria-pressed={view.details} aria-controls="metadata-panel" onClick={() => update({ details: !view.details })} data-testid="details-toggle">
            {t('metadata.toggle')}
          </button>
          <button type="button" onClick={() => setBundleImport(true)} data-testid="bundle-import-open">
            {t('bundle.importOpen')}
          </button>
        </div>
        {bundleImport && <BundleImportDialog onClose={() => setBundleImport(false)} />}
      </div>
      <div className="toolbar-row">
        <div className="quick-filter">
          <label htmlFor={quickId} className="visually-hidden">
            {t('library.quickFilter')}
          </label>
          <input
            id={quickId}
            type="search"
            value={view.filters.text}
            placeholder={t('library.quickFilterHint')}
            onChange={(event) => setFilters({ text: event.target.value })}
            data-testid="quick-filter"
          />
        </div>
        <div className="sort-control">
          <label htmlFor={sortId}>{t('library.sortBy')}</label>
          <select id={sortId} value={sort.key} onChange={(event) => update({ sort: { ...sort, key: event.target.value as typeof sort.key } })} data-testid="sort-key">
            <option value="date">{t('library.sort.date')}</option>
            <option value="title">{t('library.sort.title')}</option>
            <option value="imported">{t('library.sort.imported')}</option>
          </select>
          <button
            type="button"
            onClick={() => update({ sort: { ...sort, direction: sort.direction === 'asc' ? 'desc' : 'asc' } })}
            aria-label={t(sort.direction === 'asc' ? 'library.sort.ascending' : 'library.sort.descending')}
            title={t(sort.direction === 'asc' ? 'library.sort.ascending' : 'library.sort.descending')}
            data-testid="sort-direction"
            data-direction={sort.direction}
          >
            <span aria-hidden="true">{sort.direction === 'asc' ? '↑' : '↓'}</span>
          </button>
        </div>
      </div>
    </div>
  );
}
