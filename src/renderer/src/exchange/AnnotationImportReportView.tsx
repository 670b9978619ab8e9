import { useTranslation } from 'react-i18next';
import type { AnnotationImportReport } from '../../../shared/domain/exchange';

/** What an import took, page by page, and what it left out and why. */
export function AnnotationImportReportView({ report }: { report: AnnotationImportReport }) {
  const { t } = useTranslation();
  return (
    <div className="import-report" data-testid="annotation-import-report">
      {report.pages.length === 0 && <p role="status">{t('exchange.import.nothing')}</p>}
      {report.pages.map((page) => (
        <section key={page.page} aria-label={t('exchange.import.pageTitle', { page: page.page + 1 })}>
          <h3>{t('exchange.import.pageTitle', { page: page.page + 1 })}</h3>
          <p role="status" data-testid="import-added">
            {t('exchange.import.added', { count: page.added.length, format: t(`exchange.annotationFormat.${report.format}`) })}
            {page.alreadyThere > 0 && ` ${t('exchange.import.alreadyThere', { count: page.alreadyThere })}`}
          </p>
          {page.notes.length > 0 && (
            <ul className="muted" data-testid="import-notes">
              {page.notes.map((note) => (
                <li key={note.kind} title={note.text}>
                  {t(`exchange.fit.${note.kind}`, { count: note.count, factor: note.factor ?? 0 })}
                  {note.names.length > 0 && `: ${note.names.join(', ')}${note.count > note.names.length ? ' …' : ''}`}
                </li>
              ))}
            </ul>
          )}
          {page.skipped.length > 0 && (
            <>
              <h4>{t('exchange.import.skipped', { count: page.skipped.length })}</h4>
              <ul data-testid="import-skipped">
                {page.skipped.map((skip, i) => (
                  <li key={`${skip.what}-${i}`} title={skip.why}>
                    <strong>{skip.what}</strong>: {t(`exchange.skip.${skip.reason}`)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
