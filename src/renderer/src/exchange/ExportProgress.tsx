import { useTranslation } from 'react-i18next';
import type { JobProgress } from './use-job-progress';

/** How many of the document's pages a long export has written (one that takes a moment never tells). */
export function ExportProgress({ progress }: { progress: JobProgress<'exportProgress'> }) {
  const { t } = useTranslation();
  return (
    <div className="job-progress" data-testid="export-progress">
      <progress max={progress.total || 1} value={progress.done} aria-label={t('exchange.export.progressLabel')} />
      <span className="muted">{t('exchange.export.progress', { done: progress.done, total: progress.total })}</span>
    </div>
  );
}
