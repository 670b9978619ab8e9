import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { isMacPlatform } from './platform';
import { SHORTCUT_GROUPS } from './shortcut-groups';
import { ShortcutKeys } from './ShortcutKeys';
import './help.css';

/** The viewer's keyboard shortcuts, grouped; Escape or the button closes it. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const mac = isMacPlatform(navigator);
  return (
    <Dialog title={t('viewer.help.title')} onClose={onClose} className="help-overlay" testId="help-overlay">
      <div className="help-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.id} className="help-group">
            <h3>{t(`viewer.help.group.${group.id}`)}</h3>
            <dl>
              {group.commands.map((command) => (
                <div key={command} className="help-row">
                  <dt>{t(`viewer.command.${command}`)}</dt>
                  <dd>
                    <ShortcutKeys command={command} isMac={mac} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={onClose} data-testid="help-close">
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
