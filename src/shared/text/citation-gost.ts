import type { CalendarDate } from './calendar';
import { archivalParts, bareName, citedDate, endSentence, isNewspaper, joinAreas, present, type CitableDocument, type CitedDate } from './citation-parts';

/** Months after a day, as ГОСТ Р 7.0.12–2011 abbreviates them: март, май, июнь and июль are not. */
const MONTHS = ['янв.', 'февр.', 'марта', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'] as const;

const dayAndMonth = (date: CalendarDate): string => `${date.day} ${MONTHS[date.month - 1] ?? ''}`;

/** 25 окт. [7 нояб.]: old style as printed, new style in brackets, with its year if that differs. */
function russianDay({ printed, newStyle }: CitedDate): string {
  if (!newStyle) return dayAndMonth(printed);
  const other = newStyle.year === printed.year ? dayAndMonth(newStyle) : `${dayAndMonth(newStyle)} ${newStyle.year} г.`;
  return `${dayAndMonth(printed)} [${other}]`;
}

/** ГОСТ Р 7.0.5–2008 archival abbreviations: Ф. 15. Оп. 1. Д. 2. Л. 12. */
const LABELS = { fonds: 'Ф.', inventory: 'Оп.', file: 'Д.', sheets: 'Л.' } as const;

/**
 * A citation after ГОСТ Р 7.0.100–2018 (bibliographic description) and ГОСТ Р 7.0.5–2008
 * (references to archival documents). A newspaper issue as a whole: Сарыарқа. – Семей, 1918. –
 * 25 нояб. (№ 28). An archival item: its title and date, then // the repository and
 * Ф. 15. Оп. 1. Д. 2. Л. 12.
 */
export function citeGost(doc: CitableDocument): string {
  const { metadata } = doc;
  const date = citedDate(metadata);
  const imprint = present([metadata.place, date ? String(date.printed.year) : metadata.dateAsPrinted]).join(', ');
  const day = date ? russianDay(date) : undefined;
  if (isNewspaper(doc)) {
    const issue = metadata.issueNumber === undefined ? undefined : `№ ${metadata.issueNumber}`;
    const dayAndIssue = day && issue ? `${day} (${issue})` : (day ?? issue);
    return endSentence(joinAreas([bareName(metadata.publication ?? ''), imprint, dayAndIssue]));
  }
  const archive = present([metadata.archivalReference?.repository, ...archivalParts(metadata, (part, value) => `${LABELS[part]} ${value}`)])
    .map(endSentence)
    .join(' ');
  const description = joinAreas([doc.title, imprint, day]);
  return endSentence(archive ? `${description} // ${archive}` : description);
}
