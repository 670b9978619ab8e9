import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Collection } from '../../../shared/domain/catalog';
import { Dialog } from '../ui/Dialog';
import { errorText } from '../ui/error-text';

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
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const valid = Collection.shape.name.safeParse(name).success;
  return (
    <Dialog title={title} onClose={onClose} testId="collection-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          setBusy(true);
          onSubmit(name.trim()).then(onClose, (error: unknown) => {
            setBusy(false);
            setFailure(errorText(t, error));
          });
        }}
      >
        {context && <p className="muted">{context}</p>}
        <div className="field">
          <label htmlFor={id}>{t('collections.name')}</label>
          <input id={id} value={name} onChange={(event) => setName(event.target.value)} required maxLength={500} dir="auto" data-testid="collection-name" />
        </div>
        {failure && (
          <p className="field-error" role="alert">
            {failure}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !valid} data-testid="collection-submit">
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
