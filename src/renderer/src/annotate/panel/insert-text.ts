/**
 * Puts `text` in place of the field's selection and the caret after it; gives the new value.
 * The value is set through the element's own setter, which React watches: after setRangeText
 * React would keep the old value as the last it saw and miss a later edit that brings it back.
 */
export function insertAtCaret(field: HTMLTextAreaElement, text: string): string {
  const { selectionStart: start, selectionEnd: end, value } = field;
  const next = value.slice(0, start) + text + value.slice(end);
  field.value = next;
  field.setSelectionRange(start + text.length, start + text.length);
  return next;
}
