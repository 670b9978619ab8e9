import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { BatchEdit } from '../../../shared/contract';
import type { Collection } from '../../../shared/domain/catalog';
import { DocumentKind } from '../../../shared/domain/document';
import { api } from '../api/api';
import { buildTree, collectionPath, flattenTree } from '../collections/collection-tree';
import { Dialog } from '../ui/Dialog';
import { DialogFooter } from '../ui/DialogFooter';
import { useDialogAction } from '../ui/use-dialog-action';

export type BatchAction = 'addTag' | 'removeTag' | 'addCollection' | 'removeCollection' | 'setKind';

interface BatchDialogProps {
  action: BatchAction;
  ids: string[];
  allTags: string[];
  /** Tags and collections that at least one selected document has: what can be removed. */
  tagsInSelection: string[];
  collectionsInSelection: string[];
  collections: Collection[];
  onClose: () => void;
  onApplied: (count: number) => void;
}

/** The edit an action makes with the value chosen. */
function editFor(action: BatchAction, value: string): Omit<z.input<typeof BatchEdit>, 'ids'> {
  switch (action) {
    case 'addTag':
      return { addTags: [value.trim()] };
    case 'removeTag':
      return { removeTags: [value] };
    case 'addCollection':
      return { addCollections: [value] };
    case 'removeCollection':
      return { removeCollections: [value] };
    case 'setKind':
      return { kind: DocumentKind.parse(value) };
  }
}

/** Asks for the one value a batch edit needs (which tag, collection or kind) and applies it to every selected document. */
export function BatchDialog({ action, ids, allTags, tagsInSelection, collectionsInSelection, collections, onClose, onApplied }: BatchDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const pathOf = (collectionId: string) => collectionPath(collections, collectionId).join(' › ');
  const options: { value: string; label: string }[] =
    action === 'removeTag'
      ? tagsInSelection.map((tag) => ({ value: tag, label: tag }))
      : action === 'addCollection'
        ? flattenTree(buildTree(collections)).map(({ collection }) => ({ value: collection.id, label: pathOf(collection.id) }))
        : action === 'removeCollection'
          ? collectionsInSelection.map((c) => ({ value: c, label: pathOf(c) }))
          : action === 'setKind'
            ? DocumentKind.options.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))
            : [];
  const [value, setValue] = useState(options[0]?.value ?? '');
  const { busy, failure, run } = useDialogAction(({ count }: { count: number }) => onApplied(count));
  const tooLong = action === 'addTag' && value.trim().length > 100;
  const usable = value.trim() !== '' && !tooLong;

  const apply = () => {
    if (usable) run(() => api.call.batchEditDocuments({ ids, ...editFor(action, value) }));
  };

  return (
    <Dialog title={t(`batch.${action}`)} onClose={onClose} testId="batch-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <p className="muted">{t('batch.appliesTo', { count: ids.length })}</p>
        <div className="field">
          <label htmlFor={id}>{t(`batch.label.${action}`)}</label>
          {action === 'addTag' ? (
            <>
              <input id={id} list={`${id}-tags`} value={value} onChange={(event) => setValue(event.target.value)} aria-invalid={tooLong} required data-testid="batch-value" />
              <datalist id={`${id}-tags`}>
                {allTags.map((tag) => (
                  <option key={tag} value={tag} />
                ))}
              </datalist>
              {tooLong && <p className="field-error">{t('metadata.errors.tooLong', { max: 100 })}</p>}
            </>
          ) : options.length === 0 ? (
            <p className="muted">{t('batch.nothing')}</p>
          ) : (
            <select id={id} value={value} onChange={(event) => setValue(event.target.value)} data-testid="batch-value">
              {options.map((option) => (
                <option key={option.value} value={option.value} dir="auto">
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </div>
        <DialogFooter failure={failure} onCancel={onClose} actionLabel={t('batch.apply')} actionDisabled={busy || !usable} actionTestId="batch-apply" />
      </form>
    </Dialog>
  );
}
