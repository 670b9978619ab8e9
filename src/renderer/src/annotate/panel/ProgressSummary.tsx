import { useTranslation } from 'react-i18next';
import type { Tally } from './progress';

/** "34 of 52 regions done", for the page and for the whole document. */
export function ProgressSummary({ page, doc }: { page: Tally; doc: Tally }) {
  const { t } = useTranslation();
  return (
    <dl className="progress-summary">
      <div>
        <dt>{t('annotate.panel.progress.page')}</dt>
        <dd data-testid="progress-page">
          <meter min={0} max={Math.max(1, page.total)} value={page.done} aria-hidden="true" />
          {t('annotate.panel.progress.done', { done: page.done, count: page.total })}
        </dd>
      </div>
      <div>
        <dt>{t('annotate.panel.progress.doc')}</dt>
        <dd data-testid="progress-doc">
          <meter min={0} max={Math.max(1, doc.total)} value={doc.done} aria-hidden="true" />
          {t('annotate.panel.progress.done', { done: doc.done, count: doc.total })}
        </dd>
      </div>
    </dl>
  );
}
