import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { BundleExportResult } from '../../../shared/contract';
import { api } from '../api/api';
import { Dialog } from '../ui/Dialog';
import { errorText } from '../ui/error-text';
import { BundleProgressBar } from './BundleProgressBar';
import { newJobId } from './new-job-id';
import { useJobProgress } from './use-job-progress';
import './exchange.css';
import { FailureNote } from '../ui/FailureNote';

interface BundleExportDialogProps {
  ids: string[];
  onClose: () => void;
}

type Made = z.infer<typeof BundleExportResult>;

/** Packs the selected documents, their scans and annotations into one file to carry to another library. */
export function BundleExportDialog({ ids, onClose }: BundleExportDialogProps) {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<string | null>(null);
  const [made, setMade] = useState<Made | null>(null);
  const [failure, setFailure] = useState('');
  const progress = useJobProgress('bundleProgress', jobId);

  const start = () => {
    const job = newJobId();
    setJobId(job);
    setFailure('');
    api.call
      .exportBundle({ docIds: ids, jobId: job })
      .then(setMade, (error: unknown) => setFailure(errorText(t, error)))
      .finally(() => setJobId(null));
  };
  // A bundle being written is cancelled (nothing half-written is kept); otherwise the dialog closes.
  const cancel = () => {
    if (jobId) void api.call.cancelJob({ jobId });
    else onClose();
  };
  const close = () => {
    if (jobId) void api.call.cancelJob({ jobId });
    onClose();
  };

  return (
    <Dialog title={t('bundle.exportTitle')} onClose={close} className="exchange-dialog" testId="bundle-export-dialog">
      <p>{t('bundle.exportExplain', { count: ids.length })}</p>
      {jobId && <BundleProgressBar progress={progress} />}
      <FailureNote message={failure} testId="bundle-error" />
      {made?.url && (
        <p role="status" data-testid="bundle-made">
          {t('bundle.made', { documents: made.documents, size: (made.bytes / 2 ** 20).toFixed(1) })}{' '}
          <a href={made.url} download={made.name} data-testid="bundle-download">
            {made.name}
          </a>
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={cancel} data-testid="bundle-cancel">
          {jobId ? t('common.cancel') : t('common.close')}
        </button>
        {!made && (
          <button type="button" className="primary" onClick={start} disabled={jobId !== null} data-testid="bundle-export-run">
            {t('bundle.exportRun')}
          </button>
        )}
      </div>
    </Dialog>
  );
}
