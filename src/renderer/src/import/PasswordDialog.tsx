import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { displayName } from './import-plan';

interface PasswordDialogProps {
  files: string[];
  /** The last password tried did not open them. */
  wrong: boolean;
  onSubmit: (password: string) => void;
  onSkip: () => void;
}

/** Asks for the password of encrypted PDFs; the same files are sent again with it. */
export function PasswordDialog({ files, wrong, onSubmit, onSkip }: PasswordDialogProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const inputId = useId();
  return (
    <Dialog title={t('import.password.title')} onClose={onSkip} testId="password-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (password) onSubmit(password);
        }}
      >
        <p>{t('import.password.intro', { count: files.length })}</p>
        <ul className="file-list">
          {files.map((file) => (
            <li key={file}>{displayName(file)}</li>
          ))}
        </ul>
        {wrong && (
          <p className="field-error" role="alert" data-testid="wrong-password">
            {t('import.password.wrong')}
          </p>
        )}
        <div className="field">
          <label htmlFor={inputId}>{t('import.password.label')}</label>
          <input id={inputId} type="password" autoComplete="off" value={password} onChange={(event) => setPassword(event.target.value)} required />
        </div>
        <div className="dialog-buttons">
          <button type="button" onClick={onSkip}>
            {t('import.password.skip')}
          </button>
          <button type="submit" className="primary">
            {t('import.password.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
