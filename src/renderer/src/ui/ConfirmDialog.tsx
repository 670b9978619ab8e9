import { Dialog } from './Dialog';
import { DialogFooter } from './DialogFooter';
import { useDialogAction } from './use-dialog-action';

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
  const { busy, failure, run } = useDialogAction(onClose);
  return (
    <Dialog title={title} onClose={onClose} testId={testId}>
      <p className="dialog-message">{message}</p>
      <DialogFooter failure={failure} onCancel={onClose} actionLabel={confirmLabel} actionDisabled={busy} tone="danger" onAction={() => run(onConfirm)} />
    </Dialog>
  );
}
