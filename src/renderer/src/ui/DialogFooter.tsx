import { useTranslation } from 'react-i18next';
import { FailureNote } from './FailureNote';

interface DialogFooterProps {
  failure: string;
  onCancel: () => void;
  actionLabel: string;
  actionDisabled: boolean;
  actionTestId?: string;
  /** 'danger' for actions that cannot be taken back. */
  tone?: 'primary' | 'danger';
  /** Without it the action button submits the dialog's form. */
  onAction?: () => void;
}

/** Why the last attempt failed, then Cancel and the dialog's action. */
export function DialogFooter({ failure, onCancel, actionLabel, actionDisabled, actionTestId, tone = 'primary', onAction }: DialogFooterProps) {
  const { t } = useTranslation();
  return (
    <>
      <FailureNote message={failure} />
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type={onAction ? 'button' : 'submit'} className={tone} onClick={onAction} disabled={actionDisabled} data-testid={actionTestId}>
          {actionLabel}
        </button>
      </div>
    </>
  );
}
