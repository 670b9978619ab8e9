import type { ArchiveDocument } from '../domain/document';
import type { Metadata } from '../domain/metadata';
import { gregorianToJulian, type CalendarDate } from './calendar';

/** What a citation is built from: a document's title, kind and metadata. */
export type CitableDocument = Pick<ArchiveDocument, 'title' | 'kind' | 'metadata'>;

/**
 * The date to cite. `isoDate` is read as ISO 8601 has it, Gregorian, so that the library sorts
 * on one calendar; when the paper was dated old style (`calendar: 'julian'`) we cite the day it
 * printed, `printed`, and give the new style beside it, `newStyle`. A Hijri date is not
 * converted: the Gregorian date is cited.
 */
export interface CitedDate {
  printed: CalendarDate;
  newStyle?: CalendarDate;
}

export function citedDate(metadata: Metadata): CitedDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(metadata.isoDate ?? '');
  if (!match) return undefined;
  const gregorian = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return metadata.calendar === 'julian' ? { printed: gregorianToJulian(gregorian), newStyle: gregorian } : { printed: gregorian };
}

/** Whether to cite the document as a newspaper issue rather than as an archival item. */
export const isNewspaper = (doc: CitableDocument): boolean => doc.kind === 'newspaper-issue' && Boolean(doc.metadata.publication?.trim());

/** A publication's name without the quotation marks some catalogues keep around it. */
export const bareName = (name: string): string => name.trim().replace(/^[«"“„']+|[»"”']+$/gu, '');

/** A range or list of sheets (1–2, 3, 5) rather than one. */
export const isSeveral = (sheets: string): boolean => /[-–—,;]/u.test(sheets);

/** The archival reference's parts that are filled in, each with its label in a citation style. */
export function archivalParts(metadata: Metadata, label: (part: 'fonds' | 'inventory' | 'file' | 'sheets', value: string) => string): string[] {
  const reference = metadata.archivalReference;
  if (!reference) return [];
  return (['fonds', 'inventory', 'file', 'sheets'] as const).flatMap((part) => {
    const value = reference[part]?.trim();
    return value ? [label(part, value)] : [];
  });
}

/**
 * Bibliographic areas joined the way ГОСТ and its Kazakh twin separate them, ". – ", without a
 * second full stop after one that ends an abbreviation (нояб.); empty areas are skipped.
 */
export function joinAreas(areas: readonly (string | undefined)[]): string {
  let out = '';
  for (const area of areas) {
    const text = area?.trim();
    if (!text) continue;
    out = out === '' ? text : `${endSentence(out)} – ${text}`;
  }
  return out;
}

/** The items that have text, trimmed. */
export const present = (items: readonly (string | undefined)[]): string[] =>
  items.map((item) => item?.trim() ?? '').filter((item) => item !== '');

/** Text ending in one full stop. */
export const endSentence = (text: string): string => (/[.!?]$/u.test(text) ? text : `${text}.`);
