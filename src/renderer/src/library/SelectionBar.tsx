import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/contract';
import type { Collection } from '../../../shared/domain/catalog';
import { api } from '../api/api';
import { errorText } from '../ui/error-text';
import { BundleExportDialog } from '../exchange/BundleExportDialog';
import { BatchDialog, type BatchAction } from './BatchDialog';

interface SelectionBarProps {
  ids: string[];
  byId: ReadonlyMap<string, DocumentSummary>;
  allTags: string[];
  collections: Collection[];
  clear: () => void;
  refresh: () => void;
}

interface Message {
  text: string;
  /** Documents just moved to the trash, which Undo brings back. */
  undo?: string[];
  error?: boolean;
}

const ACTIONS: readonly BatchAction[] = ['addTag', 'removeTag', 'addCollection', 'removeCollection', 'setKind'];

/** What can be done to the selected documents at once: tags, collections, kind, the trash. */
export function SelectionBar({ ids, byId, allTags, collections, clear, refresh }: SelectionBarProps) {
  const { t } = useTranslation();
  const [action, setAction] = useState<BatchAction | null>(null);
  const [bundling, setBundling] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const chosen = useMemo(() => ids.flatMap((id) => byId.get(id) ?? []), [ids, byId]);
  const tagsInSelection = useMemo(() => [...new Set(chosen.flatMap((d) => d.tags))].sort(), [chosen]);
  const collectionsInSelection = useMemo(() => [...new Set(chosen.flatMap((d) => d.collections))], [chosen]);

  const trash = () => {
    api.call.trashDocuments({ ids }).then(
      ({ count }) => {
        setMessage({ text: t('batch.trashed', { count }), undo: ids });
        clear();
        refresh();
      },
      (error: unknown) => setMessage({ text: errorText(t, error), error: true }),
    );
  };
  const undo = (back: string[]) => {
    api.call.restoreDocuments({ ids: back }).then(
      ({ count }) => {
        setMessage({ text: t('batch.restored', { count }) });
        refresh();
      },
      (error: unknown) => setMessage({ text: errorText(t, error), error: true }),
    );
  };

  return (
    <div className="selection-bar" role="region" aria-label={t('batch.region')} data-testid="selection-bar">
      {ids.length > 0 && (
        <>
          <strong className="selection-count" data-testid="selection-count">
            {t('batch.selected', { count: ids.length })}
          </strong>
          {ACTIONS.map((name) => (
            <button key={name} type="button" onClick={() => setAction(name)} data-testid={`batch-${name}`}>
              {t(`batch.${name}`)}
            </button>
          ))}
          <button type="button" onClick={() => setBundling(true)} data-testid="bundle-export-open">
            {t('bundle.exportOpen')}
          </button>
          <button type="button" className="danger" onClick={trash} data-testid="batch-trash">
            {t('batch.trash')}
          </button>
          <button type="button" className="link-button" onClick={clear}>
            {t('batch.clear')}
          </button>
        </>
      )}
      {message && (
        <p className={message.error ? 'selection-message field-error' : 'selection-message'} role={message.error ? 'alert' : 'status'} data-testid="batch-message">
          {message.text}
          {message.undo && (
            <button type="button" className="link-button" onClick={() => message.undo && undo(message.undo)} data-testid="batch-undo">
              {t('batch.undo')}
            </button>
          )}
        </p>
      )}
      {bundling && <BundleExportDialog ids={ids} onClose={() => setBundling(false)} />}
      {action && (
        <BatchDialog
          action={action}
          ids={ids}
          allTags={allTags}
          tagsInSelection={tagsInSelection}
          collectionsInSelection={collectionsInSelection}
          collections={collections}
          onClose={() => setAction(null)}
          onApplied={(count) => {
            setAction(null);
            setMessage({ text: t('batch.changed', { count }) });
            refresh();
          }}
        />
      )}
    </div>
  );
}
