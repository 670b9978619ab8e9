import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportFormat, TextScript, type ExportedFile } from '../../../shared/domain/exchange';
import { api } from '../api/api';
import { useDialogAction } from '../ui/use-dialog-action';
import { ExportedFiles } from './ExportedFiles';
import { ExportProgress } from './ExportProgress';
import { FailureNote } from '../ui/FailureNote';
import { newJobId } from './new-job-id';
import { useJobProgress } from './use-job-progress';

const BASE_URI_KEY = 'muragat.export.baseUri';

/** Picks a format (and for plain text a script, for IIIF and W3C a base address) and makes the files. */
export function ExportForm({ docId }: { docId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('page');
  const [textScript, setTextScript] = useState<TextScript>('as-typed');
  const [baseUri, setBaseUri] = useState(() => localStorage.getItem(BASE_URI_KEY) ?? '');
  const [files, setFiles] = useState<ExportedFile[] | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const progress = useJobProgress('exportProgress', jobId);
  // Closing the dialog mid-export stops the engine's work: no one is left to take the files.
  const running = useRef<string | null>(null);
  useEffect(
    () => () => {
      if (running.current !== null) void api.call.cancelJob({ jobId: running.current });
    },
    [],
  );
  const { busy, failure, run } = useDialogAction((made: ExportedFile[]) => setFiles(made));
  const needsBase = format === 'iiif' || format === 'w3c';

  const submit = () => {
    setFiles(null);
    const base = baseUri.trim();
    if (base) localStorage.setItem(BASE_URI_KEY, base);
    else localStorage.removeItem(BASE_URI_KEY);
    const job = newJobId();
    setJobId(job);
    running.current = job;
    run(async () => {
      try {
        return (await api.call.exportDocument({ docId, format, jobId: job, ...(format === 'txt' ? { textScript } : {}), ...(needsBase && base ? { baseUri: base } : {}) })).files;
      } finally {
        running.current = null;
        setJobId(null);
      }
    });
  };

  return (
    <form
      className="exchange-form"
      aria-label={t('exchange.export.title')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-format`}>{t('exchange.export.format')}</label>
        <select id={`${id}-format`} value={format} onChange={(event) => setFormat(ExportFormat.parse(event.target.value))} data-testid="export-format">
          {ExportFormat.options.map((option) => (
            <option key={option} value={option}>
              {t(`exchange.format.${option}`)}
            </option>
          ))}
        </select>
        <p className="muted">{t(`exchange.formatHint.${format}`)}</p>
      </div>
      {format === 'txt' && (
        <div className="field">
          <label htmlFor={`${id}-script`}>{t('exchange.export.textScript')}</label>
          <select id={`${id}-script`} value={textScript} onChange={(event) => setTextScript(TextScript.parse(event.target.value))} data-testid="export-text-script">
            {TextScript.options.map((option) => (
              <option key={option} value={option}>
                {t(`exchange.textScript.${option}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {needsBase && (
        <div className="field">
          <label htmlFor={`${id}-base`}>{t('exchange.export.baseUri')}</label>
          <input id={`${id}-base`} type="url" value={baseUri} placeholder="https://archive.example.org/muragat" onChange={(event) => setBaseUri(event.target.value)} data-testid="export-base-uri" />
          <p className="muted">{t('exchange.export.baseUriHint')}</p>
        </div>
      )}
      {busy && progress && <ExportProgress progress={progress} />}
      <FailureNote message={failure} />
      <div className="dialog-buttons">
        {jobId !== null && (
          <button type="button" onClick={() => void api.call.cancelJob({ jobId })} data-testid="export-cancel">
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" className="primary" disabled={busy} data-testid="export-run">
          {busy ? t('exchange.export.working') : t('exchange.export.run')}
        </button>
      </div>
      {files && <ExportedFiles files={files} zipName={`${docId}.${format}.zip`} />}
    </form>
  );
}
