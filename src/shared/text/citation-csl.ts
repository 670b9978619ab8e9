import { archiveLocation } from './citation-chicago';
import { citedDate, isNewspaper, bareName, type CitableDocument } from './citation-parts';

/** The CSL-JSON item (Citation Style Language 1.0.2 schema) that reference managers import. */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'manuscript' | 'graphic';
  title: string;
  'container-title'?: string;
  issued?: { 'date-parts': [[number, number, number]] } | { literal: string };
  'publisher-place'?: string;
  /** A periodical's issue number, the variable styles print for article-newspaper. */
  issue?: string;
  /** The same number as the generic variable, which some managers read instead. */
  number?: string;
  archive?: string;
  archive_location?: string;
  language?: string;
  note?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A document as a CSL-JSON item: a newspaper issue as article-newspaper in its publication, a
 * photograph as graphic, anything else (orders, letters, seals) as manuscript. CSL dates are
 * Gregorian, so `issued` is the new-style date; an old-style one goes in `note`.
 */
export function toCslJson(doc: CitableDocument, id: string): CslItem {
  const { metadata } = doc;
  const date = citedDate(metadata);
  const gregorian = date?.newStyle ?? date?.printed;
  const number = metadata.issueNumber === undefined ? undefined : String(metadata.issueNumber);
  const publication = isNewspaper(doc) ? bareName(metadata.publication ?? '') : undefined;
  const location = archiveLocation(metadata);
  const { place, language, dateAsPrinted } = metadata;
  const repository = metadata.archivalReference?.repository;
  // Fields without a value are left out, not set to undefined: the item goes out as JSON.
  return {
    id,
    type: publication !== undefined ? 'article-newspaper' : doc.kind === 'photograph' ? 'graphic' : 'manuscript',
    title: doc.title,
    ...(publication !== undefined && { 'container-title': publication }),
    ...(gregorian ? { issued: { 'date-parts': [[gregorian.year, gregorian.month, gregorian.day]] } } : dateAsPrinted && { issued: { literal: dateAsPrinted } }),
    ...(place && { 'publisher-place': place }),
    ...(number !== undefined && { issue: number, number }),
    ...(repository && { archive: repository }),
    ...(location && { archive_location: location }),
    ...(language && { language }),
    ...(date?.newStyle && { note: `Dated old style (Julian): ${date.printed.year}-${pad(date.printed.month)}-${pad(date.printed.day)}` }),
  };
}
