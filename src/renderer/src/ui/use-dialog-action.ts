import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

/**
 * The life of a dialog's one action: busy while it runs, then `onDone` with its result (a dialog
 * that stays open can run it again), or the reason it failed, translated, with the dialog left
 * open so nothing typed is lost.
 */
export function useDialogAction<T>(onDone: (result: T) => void) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const run = (action: () => Promise<T>) => {
    setBusy(true);
    setFailure('');
    action().then(
      (result) => {
        setBusy(false);
        onDone(result);
      },
      (error: unknown) => {
        setBusy(false);
        setFailure(errorText(t, error));
      },
    );
  };
  return { busy, failure, run };
}
