import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/api';
import { useCall } from '../api/use-call';
import { useLibraryVersion } from '../api/use-library-version';
import { formatIsoDate } from './format-date';

/** The documents of the library, as imported; refreshed when the library changes. */
export function LibraryView() {
  const { t, i18n } = useTranslation();
  const version = useLibraryVersion();
  const documents = useCall(() => api.call.listDocuments({}), [version]);

  if (documents.status === 'loading') return <p className="placeholder">{t('library.loading')}</p>;
  if (documents.status === 'failed') {
    return (
      <p className="notice notice-error" role="alert">
        {t(`errors.${documents.error.code}`)}: {documents.error.message}
      </p>
    );
  }
  const list = documents.value;
  return (
    <section className="library" aria-labelledby="library-heading">
      <div className="section-head">
        <h1 id="library-heading">{t('library.heading')}</h1>
        <span className="muted">{t('library.count', { count: list.length })}</span>
      </div>
      {list.length === 0 ? (
        <p className="placeholder">{t('library.empty')}</p>
      ) : (
        <table className="library-table" data-testid="library-list">
          <thead>
            <tr>
              <th scope="col">{t('library.title')}</th>
              <th scope="col">{t('library.kind')}</th>
              <th scope="col">{t('library.publication')}</th>
              <th scope="col">{t('library.date')}</th>
              <th scope="col" className="numeric">
                {t('library.pages')}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((doc) => (
              <tr key={doc.id} data-testid="library-row" data-doc-id={doc.id}>
                <td>
                  <Link to={`/doc/${doc.id}/page/1`} aria-label={t('library.open', { title: doc.title })}>
                    {doc.title}
                  </Link>
                </td>
                <td>{t(`kind.${doc.kind}`)}</td>
                <td>{doc.metadata.publication ?? ''}</td>
                <td>
                  <span title={doc.metadata.dateAsPrinted}>{formatIsoDate(doc.metadata.isoDate, i18n.language)}</span>
                </td>
                <td className="numeric">{doc.pages.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
