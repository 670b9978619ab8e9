import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IncomingDialog } from './IncomingDialog';
import { useIncomingConflicts } from './use-incoming-conflicts';

/** Says, above the page, that a bundle brought versions of regions edited here too, and opens them to be settled. */
export function IncomingNotice({ docId }: { docId: string }) {
  const { t } = useTranslation();
  const { conflicts, reload } = useIncomingConflicts(docId);
  const [open, setOpen] = useState(false);
  if (conflicts.length === 0) return null;
  return (
    <>
      <p className="notice viewer-notice" role="status" data-testid="incoming-notice">
        {t('bundle.incoming.notice', { count: conflicts.length })}{' '}
        <button type="button" className="link-button" onClick={() => setOpen(true)} data-testid="incoming-open">
          {t('bundle.incoming.review')}
        </button>
      </p>
      {open && <IncomingDialog docId={docId} conflicts={conflicts} onClose={() => setOpen(false)} onResolved={reload} />}
    </>
  );
}
