import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collection } from '../../../shared/domain/catalog';
import { Dialog } from '../ui/Dialog';
import { DialogFooter } from '../ui/DialogFooter';
import { useDialogAction } from '../ui/use-dialog-action';
import { collectionPath, possibleParents } from './collection-tree';

interface MoveCollectionDialogProps {
  collection: Collection;
  collections: Collection[];
  onSubmit: (parent: string | undefined) => Promise<void>;
  onClose: () => void;
}

/** Chooses a new parent: any collection but this one and its own sub-collections, or the top level. */
export function MoveCollectionDialog({ collection, collections, onSubmit, onClose }: MoveCollectionDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [parent, setParent] = useState(collection.parent ?? '');
  const { busy, failure, run } = useDialogAction(onClose);
  return (
    <Dialog title={t('collections.moveTitle', { name: collection.name })} onClose={onClose} testId="collection-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          run(() => onSubmit(parent || undefined));
        }}
      >
        <div className="field">
          <label htmlFor={id}>{t('collections.parent')}</label>
          <select id={id} value={parent} onChange={(event) => setParent(event.target.value)} data-testid="collection-parent">
            <option value="">{t('collections.topLevel')}</option>
            {possibleParents(collections, collection.id).map((c) => (
              <option key={c.id} value={c.id}>
                {collectionPath(collections, c.id).join(' › ')}
              </option>
            ))}
          </select>
        </div>
        <DialogFooter failure={failure} onCancel={onClose} actionLabel={t('collections.moveButton')} actionDisabled={busy} actionTestId="collection-submit" />
      </form>
    </Dialog>
  );
}
