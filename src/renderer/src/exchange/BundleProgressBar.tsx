import { useTranslation } from 'react-i18next';
import type { JobProgress } from './use-job-progress';

/** How far a bundle has come, and the file or document it is at. */
export function BundleProgressBar({ progress }: { progress: JobProgress<'bundleProgress'> | null }) {
  const { t } = useTranslation();
  return (
    <div className="job-progress" data-testid="bundle-progress">
      <progress max={progress?.total || 1} value={progress?.done ?? 0} aria-label={t('bundle.progress')} />
      <span className="muted">{progress ? t('bundle.step', { done: progress.done, total: progress.total, what: progress.what }) : t('bundle.starting')}</span>
    </div>
  );
}
