import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SealSummary } from '../../../shared/contract';

/** A seal in the catalogue grid: its impression, legend, owner, dates and how often it is found. */
export function SealCard({ seal }: { seal: SealSummary }) {
  const { t } = useTranslation();
  const name = seal.inscription || seal.owner || t('seals.untitled');
  return (
    <li className="seal-card" data-testid="seal-card" data-seal-id={seal.id}>
      <Link to={`/seals/${seal.id}`} className="seal-card-link" aria-label={t('seals.open', { name })}>
        <div className="seal-image">{seal.imageUrl ? <img src={seal.imageUrl} alt="" decoding="async" /> : <span className="seal-placeholder" aria-hidden="true" />}</div>
        <div className="seal-text">
          <p className="seal-inscription" dir="auto" lang={seal.inscriptionScript === 'Arab' ? 'kk-Arab' : undefined}>
            {seal.inscription || t('seals.noInscription')}
          </p>
          {seal.owner && (
            <p className="seal-owner" dir="auto">
              {seal.owner}
            </p>
          )}
          <p className="muted seal-meta">
            {seal.dates && <span dir="auto">{seal.dates}</span>}
            <span data-testid="seal-occurrences">{t('seals.occurrences', { count: seal.occurrenceCount })}</span>
          </p>
        </div>
      </Link>
    </li>
  );
}
