import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/api';
import { useLiveCall } from '../api/use-live-call';
import { useLibraryData } from '../data/library-data-context';
import { errorText } from '../ui/error-text';
import { SealCard } from './SealCard';
import './seals.css';

/** The seal catalogue as a grid of cards. */
export function SealsView() {
  const { t } = useTranslation();
  const { version } = useLibraryData();
  const seals = useLiveCall(() => api.call.listSeals({}), 'seals', version);
  return (
    <section className="page-section seals" aria-labelledby="seals-heading">
      <div className="section-head">
        <h1 id="seals-heading">{t('seals.heading')}</h1>
        {seals.status === 'done' && <span className="muted">{t('seals.count', { count: seals.value.length })}</span>}
        <Link to="/seals/new" className="button primary push-end" data-testid="seal-new">
          {t('seals.new')}
        </Link>
      </div>
      <p className="muted section-intro">{t('seals.intro')}</p>
      {seals.status === 'loading' && <p className="placeholder">{t('seals.loading')}</p>}
      {seals.status === 'failed' && (
        <p className="notice notice-error" role="alert">
          {errorText(t, seals.error)}
        </p>
      )}
      {seals.status === 'done' &&
        (seals.value.length === 0 ? (
          <p className="placeholder" data-testid="seals-empty">
            {t('seals.empty')}
          </p>
        ) : (
          <ul className="seal-grid" data-testid="seal-grid">
            {seals.value.map((seal) => (
              <SealCard key={seal.id} seal={seal} />
            ))}
          </ul>
        ))}
    </section>
  );
}
