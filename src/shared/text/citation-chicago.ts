import type { Metadata } from '../domain/metadata';
import type { CalendarDate } from './calendar';
import { archivalParts, bareName, citedDate, endSentence, isNewspaper, isSeveral, present, type CitableDocument, type CitedDate } from './citation-parts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const monthAndDay = (date: CalendarDate): string => `${MONTHS[date.month - 1] ?? ''} ${date.day}`;

/** October 25 [November 7], 1917: old style as printed, new style in brackets. */
function englishDate({ printed, newStyle }: CitedDate): string {
  if (!newStyle) return `${monthAndDay(printed)}, ${printed.year}`;
  if (newStyle.year === printed.year) return `${monthAndDay(printed)} [${monthAndDay(newStyle)}], ${printed.year}`;
  return `${monthAndDay(printed)}, ${printed.year} [${monthAndDay(newStyle)}, ${newStyle.year}]`;
}

/**
 * Where an item is in a post-Soviet archive, with the abbreviations English-language
 * scholarship keeps from Russian: f. 15, op. 1, d. 2, l. 12 (ll. for several sheets).
 */
export function archiveLocation(metadata: Metadata): string {
  const labels = { fonds: 'f.', inventory: 'op.', file: 'd.', sheets: 'l.' } as const;
  return archivalParts(metadata, (part, value) => `${part === 'sheets' && isSeveral(value) ? 'll.' : labels[part]} ${value}`).join(', ');
}

export type ChicagoForm = 'note' | 'bibliography';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A citation in Chicago notes-bibliography style (The Chicago Manual of Style, 17th ed.,
 * §14.191 newspapers, §14.221 unpublished material in archives). Names stay in their script;
 * the newspaper's name is to be set in italics by whoever shows the text. Note:
 * Сарыарқа (Семей), November 25, 1918, no. 28.
 */
export function citeChicago(doc: CitableDocument, form: ChicagoForm = 'note'): string {
  const { metadata } = doc;
  const cited = citedDate(metadata);
  const date = cited ? englishDate(cited) : metadata.dateAsPrinted?.trim();
  const place = metadata.place?.trim();
  const issue = metadata.issueNumber === undefined ? undefined : `no. ${metadata.issueNumber}`;
  const repository = metadata.archivalReference?.repository?.trim();
  const location = archiveLocation(metadata);
  const list = (items: readonly (string | undefined)[]): string => present(items).join(', ');
  if (isNewspaper(doc)) {
    const name = bareName(metadata.publication ?? '');
    if (form === 'note') return endSentence(list([place ? `${name} (${place})` : name, date, issue]));
    return present([name, place, list([date, issue])]).map(endSentence).join(' ');
  }
  if (form === 'note') return endSentence(list([doc.title, place, date, location, repository]));
  return present([doc.title, list([place, date]), capitalised(list([repository, location]))]).map(endSentence).join(' ');
}
