import { useId, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../../shared/domain/annotations';
import { editorKeyAction, type EditorAction } from './editor-keys';
import { insertAtCaret } from './insert-text';
import { LetterPalette } from './LetterPalette';

export type EditorCommand = Exclude<EditorAction, { type: 'insert' }>;

interface RegionTextProps {
  region: Region;
  textRef: RefObject<HTMLTextAreaElement | null>;
  /** The text changed from `before` (as shown) to `after`. */
  onText: (before: string, after: string) => void;
  /** Runs a command the keys asked for; false when there was nothing to do, so the key keeps its usual meaning. */
  onCommand: (command: EditorCommand) => boolean;
}

/**
 * The region's text, plain text in a textarea (never markup), and the letter palette under it.
 * The field shows what was typed until the region itself changes (the session taking the
 * keystroke, an undo, another client's save), then the region's text: a keystroke never waits
 * for the session, and a change from outside is never hidden by an older draft.
 */
export function RegionText({ region, textRef, onText, onCommand }: RegionTextProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const [draft, setDraft] = useState({ value: region.text, of: region });
  const value = draft.of === region ? draft.value : region.text;

  const change = (next: string) => {
    setDraft({ value: next, of: region });
    onText(value, next);
  };

  // Palette letters and Alt shortcuts go in through the same path as typed ones.
  const insert = (text: string) => {
    const field = textRef.current;
    if (!field) return;
    change(insertAtCaret(field, text));
    field.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const { key, code, altKey, ctrlKey, metaKey, shiftKey } = event;
    const action = editorKeyAction({ key, code, altKey, ctrlKey, metaKey, shiftKey, isComposing: event.nativeEvent.isComposing }, region.script);
    if (!action) return;
    if (action.type === 'insert') {
      event.preventDefault();
      insert(action.text);
    } else if (onCommand(action)) event.preventDefault();
  };

  return (
    <>
      <textarea
        ref={textRef}
        className={region.script === 'Arab' ? 'region-text is-arabic-script' : 'region-text'}
        value={value}
        dir={region.direction}
        lang={region.language}
        spellCheck={false}
        rows={8}
        aria-label={t('annotate.panel.text')}
        aria-describedby={hintId}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        data-region-id={region.id}
        data-testid="region-text"
      />
      <p id={hintId} className="field-hint">
        {t('annotate.panel.keysHint')}
      </p>
      <LetterPalette script={region.script} onInsert={insert} />
    </>
  );
}
