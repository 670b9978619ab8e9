import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentKind } from '../../../shared/domain/document';
import { KindOptions } from '../ui/KindOptions';
import type { Facets } from './filter-documents';
import { CLEARED_FILTERS, isFiltered, type LibraryFilters as Filters } from './view-state';

interface LibraryFiltersProps {
  filters: Filters;
  facets: Facets;
  setFilters: (change: Partial<Filters>) => void;
}

const yearOf = (text: string): number | undefined => (/^\d{1,4}$/.test(text) ? Number(text) : undefined);

/** Narrowing the library: kind, publication, years, tag (collections are in the tree above). */
export function LibraryFilters({ filters, facets, setFilters }: LibraryFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="filters" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="sidebar-heading">
        {t('filters.heading')}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('filters.kind')}</label>
        <select id={`${id}-kind`} value={filters.kind ?? ''} onChange={(event) => setFilters({ kind: DocumentKind.safeParse(event.target.value).data })} data-testid="filter-kind">
          <option value="">{t('filters.anyKind')}</option>
          <KindOptions />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-publication`}>{t('filters.publication')}</label>
        <select id={`${id}-publication`} value={filters.publication ?? ''} onChange={(event) => setFilters({ publication: event.target.value || undefined })} data-testid="filter-publication">
          <option value="">{t('filters.anyPublication')}</option>
          {facets.publications.map((publication) => (
            <option key={publication} value={publication}>
              {publication}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field year-range">
        <legend>{t('filters.years')}</legend>
        <label htmlFor={`${id}-from`} className="visually-hidden">
          {t('filters.yearFrom')}
        </label>
        <input
          id={`${id}-from`}
          type="number"
          inputMode="numeric"
          min={1}
          max={9999}
          placeholder={facets.years ? String(facets.years.min) : t('filters.yearFrom')}
          value={filters.yearFrom ?? ''}
          onChange={(event) => setFilters({ yearFrom: yearOf(event.target.value) })}
          data-testid="filter-year-from"
        />
        <span aria-hidden="true">–</span>
        <label htmlFor={`${id}-to`} className="visually-hidden">
          {t('filters.yearTo')}
        </label>
        <input
          id={`${id}-to`}
          type="number"
          inputMode="numeric"
          min={1}
          max={9999}
          placeholder={facets.years ? String(facets.years.max) : t('filters.yearTo')}
          value={filters.yearTo ?? ''}
          onChange={(event) => setFilters({ yearTo: yearOf(event.target.value) })}
          data-testid="filter-year-to"
        />
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-tag`}>{t('filters.tag')}</label>
        <select id={`${id}-tag`} value={filters.tag ?? ''} onChange={(event) => setFilters({ tag: event.target.value || undefined })} data-testid="filter-tag">
          <option value="">{t('filters.anyTag')}</option>
          {facets.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="link-button"
        disabled={!isFiltered(filters)}
        onClick={() => setFilters(CLEARED_FILTERS)}
        data-testid="clear-filters"
      >
        {t('filters.clear')}
      </button>
    </section>
  );
}
