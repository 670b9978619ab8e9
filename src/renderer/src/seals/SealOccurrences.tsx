import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SealDetail } from '../../../shared/contract';

/** The impressions of a seal marked on document pages, each opening its page. */
export function SealOccurrences({ occurrences }: { occurrences: SealDetail['occurrences'] }) {
  const { t } = useTranslation();
  return (
    <section className="occurrences" aria-labelledby="occurrences-heading">
      <h2 id="occurrences-heading">{t('seals.occurrencesHeading', { count: occurrences.length })}</h2>
      {occurrences.length === 0 ? (
        <p className="muted">{t('seals.noOccurrences')}</p>
      ) : (
        <ul className="occurrence-grid" data-testid="seal-occurrence-list">
          {occurrences.map((o) => (
            <li key={`${o.docId}-${o.regionId}`}>
              <Link to={`/doc/${o.docId}/page/${o.page + 1}`} className="occurrence" data-testid="seal-occurrence">
                <img src={o.thumbnailUrl} alt="" decoding="async" />
                <span dir="auto">{t('seals.occurrence', { title: o.title, page: o.page + 1 })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
