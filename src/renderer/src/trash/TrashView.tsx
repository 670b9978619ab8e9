import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api';
import { useLiveCall } from '../api/use-live-call';
import { useLibraryData } from '../data/library-data-context';
import { formatTimestamp } from '../library/format-date';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { errorText } from '../ui/error-text';

/**
 * The documents moved to the trash: restored (chosen ones or all) until the trash is emptied.
 * No thumbnails: a trashed document's pages are no longer served.
 */
export function TrashView() {
  const { t, i18n } = useTranslation();
  const { version, refresh } = useLibraryData();
  // Emptying the trash announces no change, so this view also counts its own changes.
  const [own, setOwn] = useState(0);
  const trash = useLiveCall(() => api.call.listTrash({}), 'trash', version + own);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const items = trash.status === 'done' ? [...trash.value].sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? '')) : [];
  const picked = items.filter((d) => chosen.has(d.id)).map((d) => d.id);

  const after = (text: string) => {
    setChosen(new Set());
    setMessage({ text });
    setOwn((n) => n + 1);
    refresh();
  };
  const restore = (ids: string[]) => {
    api.call.restoreDocuments({ ids }).then(
      ({ count }) => after(t('trash.restored', { count })),
      (error: unknown) => setMessage({ text: errorText(t, error), error: true }),
    );
  };
  const toggle = (id: string) =>
    setChosen((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section className="page-section trash" aria-labelledby="trash-heading">
      <div className="section-head">
        <h1 id="trash-heading">{t('trash.heading')}</h1>
        {trash.status === 'done' && <span className="muted">{t('trash.count', { count: items.length })}</span>}
      </div>
      <p className="muted section-intro">{t('trash.intro')}</p>
      {message && (
        <p className={message.error ? 'notice notice-error' : 'notice notice-ok'} role={message.error ? 'alert' : 'status'} data-testid="trash-message">
          {message.text}
        </p>
      )}
      {trash.status === 'loading' && <p className="placeholder">{t('trash.loading')}</p>}
      {trash.status === 'failed' && (
        <p className="notice notice-error" role="alert">
          {errorText(t, trash.error)}
        </p>
      )}
      {trash.status === 'done' && items.length === 0 && (
        <p className="placeholder" data-testid="trash-empty">
          {t('trash.empty')}
        </p>
      )}
      {items.length > 0 && (
        <>
          <div className="toolbar-row">
            <button type="button" onClick={() => restore(picked)} disabled={picked.length === 0} data-testid="trash-restore">
              {picked.length > 0 ? t('trash.restoreSelected', { count: picked.length }) : t('trash.restoreChosen')}
            </button>
            <button type="button" onClick={() => restore(items.map((d) => d.id))} data-testid="trash-restore-all">
              {t('trash.restoreAll')}
            </button>
            <button type="button" className="danger" onClick={() => setConfirming(true)} data-testid="trash-empty-button">
              {t('trash.emptyTrash')}
            </button>
          </div>
          <table className="plain-table" data-testid="trash-list">
            <thead>
              <tr>
                <th scope="col" className="cell-check">
                  <input
                    type="checkbox"
                    aria-label={t('trash.selectAll')}
                    checked={picked.length === items.length}
                    onChange={(event) => setChosen(event.target.checked ? new Set(items.map((d) => d.id)) : new Set())}
                  />
                </th>
                <th scope="col">{t('library.title')}</th>
                <th scope="col">{t('library.kind')}</th>
                <th scope="col">{t('trash.deletedAt')}</th>
                <th scope="col" className="numeric">
                  {t('library.pages')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((doc) => (
                <tr key={doc.id} data-testid="trash-row" data-doc-id={doc.id} className={chosen.has(doc.id) ? 'is-selected' : undefined}>
                  <td className="cell-check">
                    <input type="checkbox" checked={chosen.has(doc.id)} onChange={() => toggle(doc.id)} aria-label={t('library.select', { title: doc.title })} />
                  </td>
                  <td dir="auto">{doc.title}</td>
                  <td>{t(`kind.${doc.kind}`)}</td>
                  <td>{doc.deletedAt ? formatTimestamp(doc.deletedAt, i18n.language) : ''}</td>
                  <td className="numeric">{doc.pages.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('trash.confirmTitle')}
          message={t('trash.confirmEmpty', { count: items.length })}
          confirmLabel={t('trash.confirm')}
          testId="empty-trash-dialog"
          onConfirm={async () => {
            const { count } = await api.call.emptyTrash({});
            after(t('trash.emptied', { count }));
          }}
          onClose={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
