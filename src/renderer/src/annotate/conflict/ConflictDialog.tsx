import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import type { PendingConflict } from '../session/session-types';
import './conflict.css';

interface ConflictDialogProps {
  conflict: PendingConflict;
  onResolve: (keep: 'mine' | 'theirs') => void;
  onLater: () => void;
}

/**
 * Someone else saved a region this client changed too: both versions side by side, and the
 * archivist chooses. Nothing is overwritten until then; the change stays pending meanwhile.
 */
export function ConflictDialog({ conflict, onResolve, onLater }: ConflictDialogProps) {
  const { t } = useTranslation();
  const theirs = conflict.current;
  const version = (label: string, testId: string, text: string | null, who?: string) => (
    <section className="conflict-version" data-testid={testId}>
      <h3>{label}</h3>
      {who && <p className="conflict-who">{who}</p>}
      {text === null ? <p className="conflict-gone">{t('annotate.conflict.deleted')}</p> : <pre className="conflict-text" dir="auto">{text}</pre>}
    </section>
  );
  return (
    <Dialog title={t('annotate.conflict.title')} onClose={onLater} className="conflict-dialog" testId="conflict-dialog">
      <p>{t('annotate.conflict.explain')}</p>
      <div className="conflict-versions">
        {version(t('annotate.conflict.mine'), 'conflict-mine', conflict.mine?.text ?? null)}
        {version(
          t('annotate.conflict.theirs'),
          'conflict-theirs',
          theirs?.text ?? null,
          theirs ? t('annotate.conflict.savedBy', { author: theirs.author || t('annotate.conflict.someone'), revision: theirs.revision }) : undefined,
        )}
      </div>
      <div className="dialog-buttons">
        <button type="button" onClick={onLater}>
          {t('annotate.conflict.later')}
        </button>
        <button type="button" data-testid="keep-theirs" onClick={() => onResolve('theirs')}>
          {t('annotate.conflict.keepTheirs')}
        </button>
        <button type="button" className="primary" data-testid="keep-mine" onClick={() => onResolve('mine')}>
          {t('annotate.conflict.keepMine')}
        </button>
      </div>
    </Dialog>
  );
}
