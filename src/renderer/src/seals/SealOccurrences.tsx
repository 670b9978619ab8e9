import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SealDetail } from '../../../shared/contract';
import { OccurrenceCrop } from './OccurrenceCrop';

/** The impressions of a seal marked on document pages, each cut out of its page and opening it at the region. */
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
              <Link to={`/doc/${o.docId}/page/${o.page + 1}?region=${o.regionId}`} className="occurrence" data-testid="seal-occurrence">
                <OccurrenceCrop occurrence={o} />
                <span dir="auto">{t('seals.occurrence', { title: o.title, page: o.page + 1 })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
