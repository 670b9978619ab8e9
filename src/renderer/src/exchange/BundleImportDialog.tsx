import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleImportReport } from '../../../shared/domain/bundle-report';
import { api } from '../api/api';
import { Dialog } from '../ui/Dialog';
import { errorText } from '../ui/error-text';
import { BundleImportReportView } from './BundleImportReportView';
import { BundleProgressBar } from './BundleProgressBar';
import { bundleSource } from './bundle-source';
import { newJobId } from './new-job-id';
import { useJobProgress } from './use-job-progress';
import './exchange.css';
import { FailureNote } from '../ui/FailureNote';

/** Reads a transfer bundle from another library into this one and shows what it brought. */
export function BundleImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [report, setReport] = useState<BundleImportReport | null>(null);
  const [failure, setFailure] = useState('');
  const sending = useRef<AbortController | null>(null);
  const progress = useJobProgress('bundleProgress', jobId);

  const start = async () => {
    if (!file) return;
    const job = newJobId();
    const controller = new AbortController();
    sending.current = controller;
    setJobId(job);
    setFailure('');
    setReport(null);
    try {
      const source = await bundleSource(file, controller.signal);
      setReport(await api.call.importBundle({ ...source, jobId: job }));
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setJobId(null);
      sending.current = null;
    }
  };
  const stop = () => {
    sending.current?.abort();
    if (jobId) void api.call.cancelJob({ jobId });
  };
  const close = () => {
    stop();
    onClose();
  };

  return (
    <Dialog title={t('bundle.importTitle')} onClose={close} className="exchange-dialog" testId="bundle-import-dialog">
      <p>{t('bundle.importExplain')}</p>
      <div className="field">
        <label htmlFor={id}>{t('bundle.file')}</label>
        <input id={id} type="file" accept=".zip,application/zip" onChange={(event) => setFile(event.target.files?.[0] ?? null)} disabled={jobId !== null} data-testid="bundle-file" />
      </div>
      {jobId && <BundleProgressBar progress={progress} />}
      <FailureNote message={failure} testId="bundle-error" />
      {report && <BundleImportReportView report={report} />}
      <div className="dialog-buttons">
        <button type="button" onClick={jobId ? stop : close} data-testid="bundle-cancel">
          {jobId ? t('common.cancel') : t('common.close')}
        </button>
        <button type="button" className="primary" onClick={() => void start()} disabled={!file || jobId !== null} data-testid="bundle-import-run">
          {t('bundle.importRun')}
        </button>
      </div>
    </Dialog>
  );
}
