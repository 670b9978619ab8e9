import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SearchHit } from '../../../shared/contract';
import { hitRoute, isDocumentWide } from './hit-route';
import { Snippet } from './Snippet';

/** One place a query was found: where (page, and in what), the words around it, and a link there. */
export function HitLink({ hit, query }: { hit: SearchHit; query: string }) {
  const { t } = useTranslation();
  return (
    <Link
      to={hitRoute(hit, query)}
      className="search-hit"
      data-testid="search-hit"
      data-doc-id={hit.docId}
      data-region-id={hit.regionId}
      data-field={hit.field}
      data-page={hit.page + 1}
    >
      <span className="search-hit-where">
        {!isDocumentWide(hit) && <span>{t('search.page', { page: hit.page + 1 })}</span>}
        <span>{t(`search.where.${hit.field}`)}</span>
      </span>
      <Snippet text={hit.snippet} highlights={hit.highlights} />
    </Link>
  );
}
