import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EntityType, RegionStatus } from '../../../shared/domain/annotations';
import { DocumentKind } from '../../../shared/domain/document';
import { useLibraryData } from '../data/library-data-context';
import { facetsOf, indexDocument } from '../library/filter-documents';
import { KindOptions } from '../ui/KindOptions';
import { PublicationSelect } from '../ui/PublicationSelect';
import { YearRangeFields } from '../ui/YearRangeFields';
import { CLEARED_FILTERS, isNarrowed, type SearchState } from './search-params';
import { TagFilter } from './TagFilter';

interface SearchFiltersProps {
  state: SearchState;
  onChange: (change: Partial<SearchState>) => void;
}

/**
 * What a search may be narrowed to. Publications and tags are offered from the library's
 * documents; a tag may also be typed, since regions have tags of their own.
 */
export function SearchFilters({ state, onChange }: SearchFiltersProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { documents } = useLibraryData();
  const facets = useMemo(() => facetsOf((documents ?? []).map(indexDocument), new Intl.Collator(i18n.language, { numeric: true, sensitivity: 'base' })), [documents, i18n.language]);
  // A publication named by a link but absent from the library stays choosable, so the select shows what filters.
  const publications = state.publication === undefined || facets.publications.includes(state.publication) ? facets.publications : [state.publication, ...facets.publications];

  return (
    <section className="search-filters" aria-labelledby={`${id}-heading`} data-testid="search-filters">
      <h2 id={`${id}-heading`} className="search-sidebar-heading">
        {t('search.filters.heading')}
      </h2>
      <PublicationSelect id={`${id}-publication`} value={state.publication} publications={publications} testId="search-filter-publication" onChange={(publication) => onChange({ publication })} />
      <YearRangeFields id={id} from={state.from} to={state.to} span={facets.years} min={0} className="search-years" testIdPrefix="search-filter" onChange={onChange} />
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('filters.kind')}</label>
        <select id={`${id}-kind`} value={state.kind ?? ''} onChange={(event) => onChange({ kind: DocumentKind.safeParse(event.target.value).data })} data-testid="search-filter-kind">
          <option value="">{t('filters.anyKind')}</option>
          <KindOptions />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('search.filters.status')}</label>
        <select id={`${id}-status`} value={state.status ?? ''} onChange={(event) => onChange({ status: RegionStatus.safeParse(event.target.value).data })} data-testid="search-filter-status">
          <option value="">{t('search.filters.anyStatus')}</option>
          {RegionStatus.options.map((status) => (
            <option key={status} value={status}>
              {t(`annotate.panel.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-entity`}>{t('search.filters.entity')}</label>
        <select id={`${id}-entity`} value={state.entity ?? ''} onChange={(event) => onChange({ entity: EntityType.safeParse(event.target.value).data })} data-testid="search-filter-entity">
          <option value="">{t('search.filters.anyEntity')}</option>
          {EntityType.options.map((type) => (
            <option key={type} value={type}>
              {t(`annotate.panel.entities.type.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <TagFilter id={`${id}-tag`} value={state.tag} suggestions={facets.tags} onChange={(tag) => onChange({ tag })} />
      <p className="muted search-filters-note">{t('search.filters.regionsOnly')}</p>
      <button
        type="button"
        className="link-button"
        disabled={!isNarrowed(state)}
        onClick={() => onChange(CLEARED_FILTERS)}
        data-testid="search-clear-filters"
      >
        {t('filters.clear')}
      </button>
    </section>
  );
}
