import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Collection } from '../../../shared/domain/catalog';
import { Dialog } from '../ui/Dialog';
import { DialogFooter } from '../ui/DialogFooter';
import { useDialogAction } from '../ui/use-dialog-action';

interface CollectionNameDialogProps {
  title: string;
  initial: string;
  /** Where the new collection goes, said in the dialog («inside 1918»). */
  context?: string;
  submitLabel: string;
  onSubmit: (name: string) => Promise<void>;
  onClose: () => void;
}

/** Names a new collection or renames one, checked by the contract's own rule for names. */
export function CollectionNameDialog({ title, initial, context, submitLabel, onSubmit, onClose }: CollectionNameDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(initial);
  const { busy, failure, run } = useDialogAction(onClose);
  const valid = Collection.shape.name.safeParse(name).success;
  return (
    <Dialog title={title} onClose={onClose} testId="collection-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) run(() => onSubmit(name.trim()));
        }}
      >
        {context && <p className="muted">{context}</p>}
        <div className="field">
          <label htmlFor={id}>{t('collections.name')}</label>
          <input id={id} value={name} onChange={(event) => setName(event.target.value)} required maxLength={500} dir="auto" data-testid="collection-name" />
        </div>
        <DialogFooter failure={failure} onCancel={onClose} actionLabel={submitLabel} actionDisabled={busy || !valid} actionTestId="collection-submit" />
      </form>
    </Dialog>
  );
}
