import type { ArchiveDocument } from '../../../../shared/domain/document';
import type { Metadata } from '../../../../shared/domain/metadata';
import type { ExportOptions } from '../exchange/export-types';
import { el, type XmlElement } from '../exchange/xml-text';

type Calendar = NonNullable<Metadata['calendar']>;

const CALENDAR_NAME: Readonly<Record<Calendar, string>> = {
  julian: 'Julian calendar (old style)',
  gregorian: 'Gregorian calendar (new style)',
  hijri: 'Hijri (Islamic lunar) calendar',
};

const calendarId = (calendar: Calendar) => `cal_${calendar}`;

/**
 * The issue's date: as printed (in its own calendar, which @calendar names) with @when the ISO
 * date, which TEI always reads as Gregorian. Without a printed form the content is the ISO date
 * itself, so no calendar is claimed for it.
 */
function issueDate(metadata: Metadata): XmlElement | null {
  const { dateAsPrinted, isoDate, calendar } = metadata;
  if (dateAsPrinted === undefined) return isoDate === undefined ? null : el('date', { when: isoDate }, [isoDate]);
  return el('date', { when: isoDate, calendar: calendar && `#${calendarId(calendar)}` }, [dateAsPrinted]);
}

/**
 * Where the item is kept. tei_all allows one idno in msIdentifier, after repository and
 * collections: fonds and inventory are collections, the file is the idno. An msIdentifier must
 * not begin with its idno, so a file number alone is an idno of the bibl.
 */
function archivalReference(metadata: Metadata): XmlElement[] {
  const { repository, fonds, inventory, file, sheets } = metadata.archivalReference ?? {};
  const idno = file === undefined ? null : el('idno', { type: 'file' }, [file]);
  const placed = [
    repository === undefined ? null : el('repository', {}, [repository]),
    fonds === undefined ? null : el('collection', { type: 'fonds' }, [fonds]),
    inventory === undefined ? null : el('collection', { type: 'inventory' }, [inventory]),
  ].filter((part) => part !== null);
  const where = placed.length === 0 ? (idno ? [idno] : []) : [el('msIdentifier', {}, [...placed, idno])];
  return [...where, ...(sheets === undefined ? [] : [el('biblScope', { unit: 'sheet' }, [sheets])])];
}

function sourceBibl(doc: ArchiveDocument): XmlElement {
  const { metadata } = doc;
  return el('bibl', {}, [
    el('title', {}, [doc.title]),
    metadata.publication === undefined ? null : el('title', { level: doc.kind === 'newspaper-issue' ? 'j' : undefined }, [metadata.publication]),
    metadata.place === undefined ? null : el('pubPlace', {}, [metadata.place]),
    issueDate(metadata),
    metadata.issueNumber === undefined ? null : el('biblScope', { unit: 'issue' }, [String(metadata.issueNumber)]),
    ...archivalReference(metadata),
  ]);
}

/** The header: the document's title, who made this file and when, and the printed source it transcribes. */
export function teiHeader(doc: ArchiveDocument, options: ExportOptions): XmlElement {
  const { metadata } = doc;
  const now = options.now.toISOString();
  const calendar = metadata.dateAsPrinted === undefined ? undefined : metadata.calendar;
  return el('teiHeader', {}, [
    el('fileDesc', {}, [
      el('titleStmt', {}, [el('title', {}, [doc.title])]),
      el('publicationStmt', {}, [
        el('authority', {}, [options.generator]),
        el('date', { when: now }, [now.slice(0, 10)]),
        metadata.rights === undefined ? null : el('availability', {}, [el('p', {}, [metadata.rights])]),
      ]),
      metadata.notes === undefined ? null : el('notesStmt', {}, [el('note', {}, [metadata.notes])]),
      el('sourceDesc', {}, [sourceBibl(doc)]),
    ]),
    calendar === undefined
      ? null
      : el('profileDesc', {}, [el('calendarDesc', {}, [el('calendar', { 'xml:id': calendarId(calendar) }, [el('p', {}, [CALENDAR_NAME[calendar]])])])]),
  ]);
}
