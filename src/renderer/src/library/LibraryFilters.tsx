import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentKind } from '../../../shared/domain/document';
import { KindOptions } from '../ui/KindOptions';
import { PublicationSelect } from '../ui/PublicationSelect';
import { YearRangeFields } from '../ui/YearRangeFields';
import type { Facets } from './filter-documents';
import { CLEARED_FILTERS, isFiltered, type LibraryFilters as Filters } from './view-state';

interface LibraryFiltersProps {
  filters: Filters;
  facets: Facets;
  setFilters: (change: Partial<Filters>) => void;
}

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
      <PublicationSelect id={`${id}-publication`} value={filters.publication} publications={facets.publications} testId="filter-publication" onChange={(publication) => setFilters({ publication })} />
      <YearRangeFields
        id={id}
        from={filters.yearFrom}
        to={filters.yearTo}
        span={facets.years}
        min={1}
        className="year-range"
        testIdPrefix="filter-year"
        onChange={(change) => setFilters({ ...('from' in change ? { yearFrom: change.from } : {}), ...('to' in change ? { yearTo: change.to } : {}) })}
      />
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
