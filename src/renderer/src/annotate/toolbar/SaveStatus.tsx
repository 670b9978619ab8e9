import { useTranslation } from 'react-i18next';
import type { SaveStatus as Status } from '../session/session-types';

/** Where the archivist's work is: stored, on its way, failing (and retried), or waiting on a conflict. */
export function SaveStatus({ status }: { status: Status }) {
  const { t } = useTranslation();
  const text =
    status.state === 'failed'
      ? t('annotate.save.failed', { count: status.pending, error: status.error ?? '' })
      : t(`annotate.save.${status.state}`, { count: status.pending });
  return (
    <output className={`save-status save-${status.state}`} data-testid="save-status" data-state={status.state} aria-live="polite" title={status.error}>
      {text}
    </output>
  );
}
