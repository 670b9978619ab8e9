import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibraryData } from '../data/library-data-context';
import { MetadataEditor } from './MetadataEditor';
import './metadata.css';

interface MetadataPanelProps {
  /** The document described; undefined when none is focused. */
  docId: string | undefined;
  onClose: () => void;
}

/** The side panel with a document's description, beside the library or the page viewer. */
export function MetadataPanel({ docId, onClose }: MetadataPanelProps) {
  const { t } = useTranslation();
  const { byId, documents, collections, refresh } = useLibraryData();
  const doc = docId === undefined ? undefined : byId.get(docId);
  const allTags = useMemo(() => [...new Set((documents ?? []).flatMap((d) => d.tags))].sort(), [documents]);
  const publications = useMemo(() => [...new Set((documents ?? []).flatMap((d) => d.metadata.publication ?? []))].sort(), [documents]);
  return (
    <aside id="metadata-panel" className="side-panel metadata-panel" aria-labelledby="metadata-heading" data-testid="metadata-panel">
      <div className="panel-head">
        <h2 id="metadata-heading">{t('metadata.heading')}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('metadata.close')} title={t('metadata.close')}>
          ×
        </button>
      </div>
      {docId === undefined ? (
        <p className="placeholder">{t('metadata.none')}</p>
      ) : !doc ? (
        <p className="placeholder">{documents ? t('viewer.notFound') : t('metadata.loading')}</p>
      ) : (
        <MetadataEditor key={doc.id} doc={doc} collections={collections} allTags={allTags} publications={publications} refresh={refresh} />
      )}
    </aside>
  );
}
