import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BundleImportReport } from '../../../shared/domain/bundle-report';

const docLink = (docId: string) => `/doc/${docId}/page/1`;

/** What a bundle brought, document by document, with the regions both sides edited to be settled in their documents. */
export function BundleImportReportView({ report }: { report: BundleImportReport }) {
  const { t } = useTranslation();
  const titled = (items: readonly { docId: string; title: string }[], key: string, testId: string) =>
    items.length > 0 && (
      <section data-testid={testId}>
        <h3>{t(key, { count: items.length })}</h3>
        <ul>
          {items.map((doc) => (
            <li key={doc.docId}>
              <Link to={docLink(doc.docId)}>{doc.title}</Link>
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <div className="import-report" data-testid="bundle-report">
      {titled(report.added, 'bundle.report.added', 'bundle-added')}
      {report.merged.length > 0 && (
        <section data-testid="bundle-merged">
          <h3>{t('bundle.report.merged', { count: report.merged.length })}</h3>
          <ul>
            {report.merged.map((doc) => (
              <li key={doc.docId}>
                <Link to={docLink(doc.docId)}>{doc.title}</Link>: {t('bundle.report.mergedCounts', { added: doc.regionsAdded, updated: doc.regionsUpdated, conflicts: doc.conflicts })}
                {doc.descriptionDiffers && ` ${t('bundle.report.descriptionKept')}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {titled(report.unchanged, 'bundle.report.unchanged', 'bundle-unchanged')}
      {report.conflicts.length > 0 && (
        <section data-testid="bundle-conflicts">
          <h3>{t('bundle.report.conflicts', { count: report.conflicts.length })}</h3>
          <ul>
            {report.conflicts.map((conflict) => (
              <li key={`${conflict.docId}/${conflict.regionId}`}>
                <Link to={`${docLink(conflict.docId)}?region=${conflict.regionId}`}>{conflict.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.presentUnderOtherId.length > 0 && (
        <section>
          <h3>{t('bundle.report.otherId', { count: report.presentUnderOtherId.length })}</h3>
          <ul>
            {report.presentUnderOtherId.map((doc) => (
              <li key={doc.docId}>
                {doc.title} → <Link to={docLink(doc.ourDocId)}>{doc.ourTitle}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.problems.length > 0 && (
        <section>
          <h3>{t('bundle.report.problems', { count: report.problems.length })}</h3>
          <ul>
            {report.problems.map((problem, i) => (
              <li key={i}>
                {problem.title && <strong>{problem.title}: </strong>}
                {problem.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
