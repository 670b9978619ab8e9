import { useTranslation } from 'react-i18next';
import { useImporter } from './import-context';
import { displayName, tally, type Outcome } from './import-plan';
import { PasswordDialog } from './PasswordDialog';
import type { ImportProgress } from './run-import';
import './import.css';

/** How far along: whole files done, plus the share of pages of the file in hand. */
function fraction(progress: ImportProgress | undefined): number {
  if (!progress || progress.count === 0) return 0;
  const pages = progress.page !== undefined && progress.pageCount ? progress.page / progress.pageCount : 0;
  return Math.min(1, (progress.index + pages) / progress.count);
}

/** The running import (progress, Cancel) or, once done, what became of every file. */
export function ImportStatus() {
  const { t } = useTranslation();
  const { state, cancel, retry, skipPassword, dismiss } = useImporter();
  if (state.phase === 'idle') return null;

  if (state.phase === 'running') {
    const { progress, cancelling } = state;
    const line = !progress
      ? t('import.starting')
      : t(progress.stage === 'sending' ? 'import.sending' : 'import.progress', { n: progress.index + 1, total: progress.count, file: progress.file });
    return (
      <section className="import-panel" aria-label={t('import.heading')} data-testid="import-progress" data-stage={progress?.stage ?? 'starting'}>
        <p className="import-line" role="status">
          {cancelling ? t('import.cancelling') : line}
        </p>
        {/* Until the first page is done there is nothing to measure: the bar says «working». */}
        <progress max={1} value={fraction(progress) || undefined} aria-label={t('import.heading')} />
        <p className="muted import-page">
          {progress?.page !== undefined && progress.pageCount !== undefined ? t('import.page', { page: progress.page, pages: progress.pageCount }) : '\u00a0'}
        </p>
        <div className="import-actions">
          <button type="button" onClick={cancel} disabled={cancelling} data-testid="import-cancel">
            {t('import.cancel')}
          </button>
        </div>
      </section>
    );
  }

  const count = tally(state.outcomes);
  const failures = state.outcomes.filter((o): o is Outcome & { result: { ok: false } } => !o.result.ok && o.result.error.code !== 'cancelled');
  const locked = state.outcomes.filter((o) => o.retry);
  return (
    <section className="import-panel" aria-labelledby="import-summary-heading" data-testid="import-summary">
      <h2 id="import-summary-heading" className="import-heading">
        {t('import.done')}
      </h2>
      <p role="status" className="import-counts">
        {t('import.summary', { imported: count.imported, duplicates: count.duplicates, failed: count.failed })}
        {count.cancelled > 0 && ` ${t('import.cancelledCount', { cancelled: count.cancelled })}`}
      </p>
      {failures.length > 0 && (
        <ul className="import-failures" aria-label={t('import.failedHeading')}>
          {failures.map(({ result }, index) => (
            <li key={`${result.path}-${index}`} data-testid="import-failure">
              <strong dir="auto">{displayName(result.path)}</strong>: {t(`errors.${result.error.code}`)} — <span className="muted">{result.error.message}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="import-actions">
        <button type="button" onClick={dismiss} data-testid="import-dismiss">
          {t('common.close')}
        </button>
      </div>
      {state.askPassword && (
        <PasswordDialog
          files={locked.map((o) => o.result.path)}
          wrong={locked.some((o) => !o.result.ok && o.result.error.code === 'wrong-password')}
          onSubmit={retry}
          onSkip={skipPassword}
        />
      )}
    </section>
  );
}
