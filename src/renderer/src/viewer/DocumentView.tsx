import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api/api';
import { useCall } from '../api/use-call';
import { useLibraryData } from '../data/library-data-context';
import { MetadataPanel } from '../metadata/MetadataPanel';
import { PageView } from './PageView';
import { useElementWidth } from './use-element-width';

const DETAILS_KEY = 'muragat.viewerDetails';

/** One document, one page at a time, fit to width; the page number lives in the URL. */
export function DocumentView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { docId = '', page: pageParam = '1' } = useParams();
  const pageNumber = Number(pageParam);
  const doc = useCall(() => api.call.getDocument({ id: docId }), [docId]);
  const total = doc.status === 'done' ? doc.value.pages.length : 0;
  const valid = Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= total;
  const asset = useCall(
    () => (valid ? api.call.openPageAsset({ docId, page: pageNumber - 1 }) : Promise.resolve(null)),
    [docId, pageNumber, valid],
  );
  const stage = useRef<HTMLDivElement>(null);
  const width = useElementWidth(stage);
  const [details, setDetails] = useState(() => localStorage.getItem(DETAILS_KEY) === 'open');
  const showDetails = (open: boolean) => {
    localStorage.setItem(DETAILS_KEY, open ? 'open' : 'closed');
    setDetails(open);
  };
  // A title changed in the description panel shows here at once.
  const described = useLibraryData().byId.get(docId);

  const goTo = (n: number) => {
    if (n >= 1 && n <= total) void navigate(`/doc/${docId}/page/${n}`);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement || event.target instanceof HTMLTextAreaElement) return;
      if (event.key === 'PageDown') goTo(pageNumber + 1);
      else if (event.key === 'PageUp') goTo(pageNumber - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (doc.status === 'failed') {
    return (
      <p className="notice notice-error" role="alert">
        {doc.error.code === 'not-found' || doc.error.code === 'invalid-argument' ? t('viewer.notFound') : doc.error.message}{' '}
        <Link to="/">{t('viewer.back')}</Link>
      </p>
    );
  }
  const title = described?.title ?? (doc.status === 'done' ? doc.value.title : '');

  return (
    <section className="viewer" aria-label={title}>
      <nav className="viewer-toolbar" aria-label={t('viewer.page', { page: pageNumber, total })}>
        <Link to="/" className="button">
          ← {t('viewer.back')}
        </Link>
        <h1 className="viewer-title">{title}</h1>
        <div className="pager">
          <button type="button" onClick={() => goTo(pageNumber - 1)} disabled={pageNumber <= 1} aria-label={t('viewer.previous')} data-testid="previous-page">
            ‹
          </button>
          <span data-testid="page-indicator">{total > 0 && t('viewer.page', { page: pageNumber, total })}</span>
          <button type="button" onClick={() => goTo(pageNumber + 1)} disabled={pageNumber >= total} aria-label={t('viewer.next')} data-testid="next-page">
            ›
          </button>
        </div>
        {asset.status === 'done' && asset.value && (
          <span className="muted page-size">{t('viewer.size', { width: asset.value.width, height: asset.value.height })}</span>
        )}
        <button type="button" aria-pressed={details} aria-controls="metadata-panel" onClick={() => showDetails(!details)} data-testid="details-toggle">
          {t('metadata.toggle')}
        </button>
      </nav>
      <div className="viewer-body">
      <div className="viewer-stage" ref={stage}>
        {doc.status === 'done' && !valid && <p className="notice notice-error">{t('viewer.noSuchPage', { page: pageParam })}</p>}
        {asset.status === 'done' && asset.value && <PageView key={`${asset.value.url}#${asset.value.page}`} asset={asset.value} title={title} width={width} />}
        {asset.status === 'failed' && (
          <p className="notice notice-error" role="alert">
            {asset.error.message}
          </p>
        )}
      </div>
      {details && <MetadataPanel docId={docId} onClose={() => showDetails(false)} />}
      </div>
    </section>
  );
}
