import { useTranslation } from 'react-i18next';
import type { IncomingConflict } from '../../../shared/domain/bundle-report';
import { readAuthor } from '../annotate/author/author-store';
import { api } from '../api/api';
import { Dialog } from '../ui/Dialog';
import { useDialogAction } from '../ui/use-dialog-action';
import '../annotate/conflict/conflict.css';
import { FailureNote } from '../ui/FailureNote';

interface IncomingDialogProps {
  docId: string;
  conflicts: IncomingConflict[];
  onClose: () => void;
  onResolved: () => void;
}

/**
 * Regions edited both here and in the library a bundle came from, one at a time: ours and
 * theirs side by side, and the archivist keeps one. Until then nothing of ours is overwritten.
 */
export function IncomingDialog({ docId, conflicts, onClose, onResolved }: IncomingDialogProps) {
  const { t } = useTranslation();
  const { busy, failure, run } = useDialogAction(onResolved);
  const conflict = conflicts[0];
  if (!conflict) return null;

  const keep = (which: 'ours' | 'theirs') => run(() => api.call.resolveIncoming({ docId, regionId: conflict.regionId, keep: which, author: readAuthor() }));
  const version = (label: string, testId: string, text: string | null, who: string) => (
    <section className="conflict-version" data-testid={testId}>
      <h3>{label}</h3>
      <p className="conflict-who">{who}</p>
      {text === null ? <p className="conflict-gone">{t('annotate.conflict.deleted')}</p> : <pre className="conflict-text" dir="auto">{text}</pre>}
    </section>
  );
  return (
    <Dialog title={t('bundle.incoming.title', { count: conflicts.length })} onClose={onClose} className="conflict-dialog" testId="incoming-dialog">
      <p>{t('bundle.incoming.explain', { page: conflict.theirs.page + 1, bundle: conflict.bundle })}</p>
      <div className="conflict-versions">
        {version(t('bundle.incoming.ours'), 'incoming-ours', conflict.ours?.text ?? null, conflict.ours ? t('annotate.conflict.savedBy', { author: conflict.ours.author || t('annotate.conflict.someone'), revision: conflict.ours.revision }) : '')}
        {version(t('bundle.incoming.theirs'), 'incoming-theirs', conflict.theirs.text, t('annotate.conflict.savedBy', { author: conflict.theirs.author || t('annotate.conflict.someone'), revision: conflict.theirs.revision }))}
      </div>
      <FailureNote message={failure} />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('annotate.conflict.later')}
        </button>
        <button type="button" disabled={busy} data-testid="incoming-keep-theirs" onClick={() => keep('theirs')}>
          {t('bundle.incoming.keepTheirs')}
        </button>
        <button type="button" className="primary" disabled={busy} data-testid="incoming-keep-ours" onClick={() => keep('ours')}>
          {t('bundle.incoming.keepOurs')}
        </button>
      </div>
    </Dialog>
  );
}
