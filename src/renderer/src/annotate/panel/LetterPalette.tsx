import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PALETTE_LETTERS, paletteScript, shortcutKeys, type PaletteLetter, type PaletteScript } from '../../../../shared/text/letter-palette';
import { isMacPlatform } from '../../viewer/help/platform';

interface LetterPaletteProps {
  /** The region's script: its letters come first and answer the Alt shortcuts. */
  script: string | undefined;
  /** Shift with the click asks for a capital. */
  onInsert: (text: string) => void;
}

const ORDER: readonly PaletteScript[] = ['Cyrl', 'Arab'];

const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Buttons for the letters a keyboard may lack; a click types at the caret and leaves the focus in the text. */
export function LetterPalette({ script, onInsert }: LetterPaletteProps) {
  const { t } = useTranslation();
  const active = paletteScript(script);
  const isMac = useMemo(() => isMacPlatform(navigator), []);
  const groups = [active, ...ORDER.filter((s) => s !== active)];

  const title = (letter: PaletteLetter) => {
    const keys = letter.script === active ? shortcutKeys(letter) : null;
    const shortcut = keys ? keys.map((k) => (isMac && k === 'Alt' ? '⌥' : isMac && k === 'Shift' ? '⇧' : k)).join(isMac ? '' : '+') : '';
    const name = `${letter.char} ${codePoint(letter.char)} ${letter.name}`;
    const reads = letter.reads ? t('annotate.panel.palette.reads', { reads: letter.reads }) : '';
    const upper = letter.upper ? t('annotate.panel.palette.upper', { upper: letter.upper }) : '';
    return [name, reads, upper, shortcut && t('annotate.panel.palette.shortcut', { shortcut })].filter(Boolean).join(' · ');
  };

  return (
    <div className="letter-palette" role="group" aria-label={t('annotate.panel.palette.label')} data-testid="letter-palette">
      {groups.map((group) => (
        <div key={group} className="letter-group" role="group" aria-label={t(`annotate.panel.palette.group.${group}`)}>
          {PALETTE_LETTERS.filter((letter) => letter.script === group).map((letter) => (
            <button
              key={letter.char}
              type="button"
              className="letter"
              lang={group === 'Arab' ? 'kk-Arab' : 'kk'}
              title={title(letter)}
              aria-label={title(letter)}
              // The caret and selection stay in the text while the mouse presses the button.
              onMouseDown={(event) => event.preventDefault()}
              onClick={(event) => onInsert(event.shiftKey && letter.upper ? letter.upper : letter.char)}
              data-testid="letter"
              data-letter={letter.char}
            >
              {letter.char}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
