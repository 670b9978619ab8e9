import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import { errorText } from './error-text';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  /** Runs the action; the dialog closes when it succeeds and says why when it fails. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  testId?: string;
}

/** Asks before something that cannot be taken back; Cancel has the focus first. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onClose, testId }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const confirm = () => {
    setBusy(true);
    onConfirm().then(onClose, (error: unknown) => {
      setBusy(false);
      setFailure(errorText(t, error));
    });
  };
  return (
    <Dialog title={title} onClose={onClose} testId={testId}>
      <p className="dialog-message">{message}</p>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="danger" onClick={confirm} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
