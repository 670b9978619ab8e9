import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { ExportForm } from './ExportForm';
import { ImportAnnotationsForm } from './ImportAnnotationsForm';
import './exchange.css';

interface ExchangeDialogProps {
  docId: string;
  pageCount: number;
  onClose: () => void;
}

type Side = 'export' | 'import';

/** A document's work in and out of other tools' formats: export, or import annotations onto it. */
export function ExchangeDialog({ docId, pageCount, onClose }: ExchangeDialogProps) {
  const { t } = useTranslation();
  const [side, setSide] = useState<Side>('export');
  return (
    <Dialog title={t('exchange.title')} onClose={onClose} className="exchange-dialog" testId="exchange-dialog">
      <div className="exchange-tabs" role="group" aria-label={t('exchange.title')}>
        {(['export', 'import'] as const).map((option) => (
          <button key={option} type="button" aria-pressed={side === option} onClick={() => setSide(option)} data-testid={`exchange-${option}`}>
            {t(`exchange.${option}.title`)}
          </button>
        ))}
      </div>
      {side === 'export' ? <ExportForm docId={docId} /> : <ImportAnnotationsForm docId={docId} pageCount={pageCount} />}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} data-testid="exchange-close">
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
