import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewerCommand } from '../shortcuts';
import { shortcutKeyNames } from './key-caps';

/** Every way to give a command from the keyboard, each in its own <kbd>, joined by "or". */
export function ShortcutKeys({ command, isMac }: { command: ViewerCommand; isMac: boolean }) {
  const { t } = useTranslation();
  const keys = shortcutKeyNames(command, isMac);
  return keys.map((key, index) => (
    <Fragment key={key}>
      {index > 0 && <span className="help-or"> {t('viewer.help.or')} </span>}
      <kbd>{key}</kbd>
    </Fragment>
  ));
}
