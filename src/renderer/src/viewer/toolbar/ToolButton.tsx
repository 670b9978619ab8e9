import { useTranslation } from 'react-i18next';
import { shortcutKeyNames } from '../help/key-caps';
import { isMacPlatform } from '../help/platform';
import type { ViewerCommand } from '../shortcuts';

interface ToolButtonProps {
  command: ViewerCommand;
  run: (command: ViewerCommand) => void;
  /** A short sign on the button; the command's name is its accessible label and tooltip. */
  glyph: string;
  pressed?: boolean;
  disabled?: boolean;
  /** A dot that says a setting is not at its default (e.g. adjustments in use). */
  marked?: boolean;
  testId?: string;
}

export function ToolButton({ command, run, glyph, pressed, disabled, marked, testId }: ToolButtonProps) {
  const { t } = useTranslation();
  const [keys] = shortcutKeyNames(command, isMacPlatform(navigator));
  const hint = keys ? ` (${keys})` : '';
  const label = t(`viewer.command.${command}`);
  return (
    <button
      type="button"
      className={`tool-button ${marked ? 'tool-marked' : ''}`}
      aria-label={label}
      title={label + hint}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={() => run(command)}
      data-testid={testId ?? `tool-${command}`}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
}
