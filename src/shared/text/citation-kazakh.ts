import type { CalendarDate } from './calendar';
import { archivalParts, bareName, citedDate, endSentence, isNewspaper, isSeveral, joinAreas, present, type CitableDocument, type CitedDate } from './citation-parts';
import { KAZAKH_MONTHS, formatKazakhDate } from './kazakh-months';

const dayAndMonth = (date: CalendarDate): string => `${date.day} ${KAZAKH_MONTHS[date.month - 1] ?? ''}`;

/** 25 қазан [7 қараша]: old style as printed, new style in brackets, with its year if that differs. */
function kazakhDay({ printed, newStyle }: CitedDate): string {
  if (!newStyle) return dayAndMonth(printed);
  const other = newStyle.year === printed.year ? dayAndMonth(newStyle) : formatKazakhDate(newStyle.year, newStyle.month, newStyle.day);
  return `${dayAndMonth(printed)} [${other}]`;
}

/** Kazakh archives' own abbreviations: 15-қор, 1-тізбе, 2-іс, 12-парақ. */
const LABELS = { fonds: 'қор', inventory: 'тізбе', file: 'іс', sheets: 'парақ' } as const;

/**
 * A citation the way Kazakh reference works cite the press and archives: the areas of the
 * interstate ГОСТ 7.1–2003 description, in force in Kazakhstan, written with Kazakh words:
 * «Сарыарқа» газеті. – Семей, 1918. – 25 қараша. – № 28. An archival item: its title and date,
 * then // the repository and 15-қор, 1-тізбе, 2-іс, 12-парақ.
 */
export function citeKazakh(doc: CitableDocument): string {
  const { metadata } = doc;
  const date = citedDate(metadata);
  const imprint = present([metadata.place, date ? String(date.printed.year) : metadata.dateAsPrinted]).join(', ');
  const day = date ? kazakhDay(date) : undefined;
  if (isNewspaper(doc)) {
    const issue = metadata.issueNumber === undefined ? undefined : `№ ${metadata.issueNumber}`;
    return endSentence(joinAreas([`«${bareName(metadata.publication ?? '')}» газеті`, imprint, day, issue]));
  }
  const parts = archivalParts(metadata, (part, value) => `${value}-${part === 'sheets' && isSeveral(value) ? 'парақтар' : LABELS[part]}`);
  const archive = present([metadata.archivalReference?.repository, parts.join(', ')]).join('. ');
  const description = joinAreas([doc.title, imprint, day]);
  return endSentence(archive ? `${description} // ${archive}` : description);
}
