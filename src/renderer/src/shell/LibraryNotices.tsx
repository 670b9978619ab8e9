import { useTranslation } from 'react-i18next';
import type { LibraryInfo } from '../../../shared/contract';

/** Says plainly when the library is read-only or was repaired on opening. */
export function LibraryNotices({ info }: { info: LibraryInfo }) {
  const { t } = useTranslation();
  return (
    <>
      {info.readOnly && (
        <p className="notice notice-warning" role="status" data-testid="read-only-notice">
          {info.lockedBy ? t('status.readOnly', { pid: info.lockedBy.pid, host: info.lockedBy.host }) : t('status.readOnlyRequested')}
        </p>
      )}
      {info.recoveries.length > 0 && (
        <p className="notice notice-warning" role="status" data-testid="recovery-notice">
          {t('status.recovered', { count: info.recoveries.length, files: info.recoveries.map((r) => r.file).join(', ') })}
        </p>
      )}
    </>
  );
}
