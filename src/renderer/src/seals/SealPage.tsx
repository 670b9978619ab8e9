import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api/api';
import { useLiveCall } from '../api/use-live-call';
import { useLibraryData } from '../data/library-data-context';
import { errorText } from '../ui/error-text';
import { SealEditor } from './SealEditor';
import { SealOccurrences } from './SealOccurrences';
import './seals.css';

/** #/seals/<id>: one seal, editable, with the pages it is found on; #/seals/new: a new seal. */
export function SealPage() {
  const { t } = useTranslation();
  const { sealId = '' } = useParams();
  return (
    <section className="page-section seal-page" aria-labelledby="seal-heading">
      <nav className="breadcrumbs" aria-label={t('seals.breadcrumbs')}>
        <Link to="/seals">← {t('seals.back')}</Link>
      </nav>
      {sealId === 'new' ? (
        <>
          <h1 id="seal-heading">{t('seals.newTitle')}</h1>
          <div className="seal-layout">
            <SealEditor key="new" />
          </div>
        </>
      ) : (
        <ExistingSeal sealId={sealId} />
      )}
    </section>
  );
}

function ExistingSeal({ sealId }: { sealId: string }) {
  const { t } = useTranslation();
  const { version } = useLibraryData();
  // Seal edits announce no library change; the page reloads after its own saves.
  const [own, setOwn] = useState(0);
  const seal = useLiveCall(() => api.call.getSeal({ id: sealId }), sealId, version + own);
  if (seal.status === 'loading') return <p className="placeholder">{t('seals.loading')}</p>;
  if (seal.status === 'failed') {
    return (
      <p className="notice notice-error" role="alert">
        {seal.error.code === 'not-found' || seal.error.code === 'invalid-argument' ? t('seals.notFound') : errorText(t, seal.error)}
      </p>
    );
  }
  const detail = seal.value;
  const name = detail.inscription || detail.owner || t('seals.untitled');
  return (
    <>
      <h1 id="seal-heading">
        {/* The legend keeps its own direction; the heading stays where headings are. */}
        <span dir="auto">{name}</span>
      </h1>
      <div className="seal-layout">
        <div className="seal-figure">
          {detail.imageUrl ? <img src={detail.imageUrl} alt={t('seals.imageAlt', { name })} /> : <span className="seal-placeholder large" aria-hidden="true" />}
        </div>
        <SealEditor key={detail.id} seal={detail} onSaved={() => setOwn((n) => n + 1)} />
      </div>
      <SealOccurrences occurrences={detail.occurrences} />
    </>
  );
}
