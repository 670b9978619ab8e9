import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationImportReport } from '../../../shared/domain/exchange';
import { readAuthor } from '../annotate/author/author-store';
import { api } from '../api/api';
import { useDialogAction } from '../ui/use-dialog-action';
import { AnnotationImportReportView } from './AnnotationImportReportView';
import { FailureNote } from '../ui/FailureNote';

/** The contract's cap on a file's text. */
const MAX_BYTES = 8_000_000;

interface ImportAnnotationsFormProps {
  docId: string;
  pageCount: number;
}

/** Reads a PAGE, ALTO or W3C file onto the document, on the page the file names or the one chosen, and shows the report. */
export function ImportAnnotationsForm({ docId, pageCount }: ImportAnnotationsFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [page, setPage] = useState('auto');
  const [report, setReport] = useState<AnnotationImportReport | null>(null);
  const { busy, failure, run } = useDialogAction(setReport);

  const submit = () => {
    if (!file) return;
    setReport(null);
    run(async () => {
      if (file.size > MAX_BYTES) throw new Error(t('exchange.import.tooLarge', { name: file.name }));
      const content = await file.text();
      return api.call.importAnnotations({ docId, fileName: file.name, content, author: readAuthor(), ...(page === 'auto' ? {} : { page: Number(page) }) });
    });
  };

  return (
    <form
      className="exchange-form"
      aria-label={t('exchange.import.title')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('exchange.import.file')}</label>
        <input id={`${id}-file`} type="file" accept=".xml,.json,.jsonld,application/xml,application/json,application/ld+json" onChange={(event) => setFile(event.target.files?.[0] ?? null)} data-testid="import-annotations-file" />
        <p className="muted">{t('exchange.import.hint')}</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-page`}>{t('exchange.import.page')}</label>
        <select id={`${id}-page`} value={page} onChange={(event) => setPage(event.target.value)} data-testid="import-annotations-page">
          <option value="auto">{t('exchange.import.pageAuto')}</option>
          {Array.from({ length: pageCount }, (_, i) => (
            <option key={i} value={String(i)}>
              {t('exchange.import.pageNumber', { page: i + 1 })}
            </option>
          ))}
        </select>
      </div>
      <FailureNote message={failure} testId="import-annotations-error" />
      <div className="dialog-buttons">
        <button type="submit" className="primary" disabled={busy || !file} data-testid="import-annotations-run">
          {busy ? t('exchange.import.working') : t('exchange.import.run')}
        </button>
      </div>
      {report && <AnnotationImportReportView report={report} />}
    </form>
  );
}
