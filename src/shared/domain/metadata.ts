import { z } from 'zod';

const text = (max = 500) => z.string().max(max).optional();

/** Where an item sits in its repository: the citation an archivist writes on the sheet. */
export const ArchivalReference = z.object({
  repository: text(),
  fonds: text(100),
  inventory: text(100),
  file: text(100),
  sheets: text(100),
});

export const Calendar = z.enum(['julian', 'gregorian', 'hijri']);

/** How archives describe an item. All optional: a fresh import knows only its file name. */
export const Metadata = z.object({
  publication: text(),
  place: text(),
  issueNumber: z.number().int().positive().optional(),
  dateAsPrinted: text(200),
  calendar: Calendar.optional(),
  isoDate: z.iso.date({ message: 'must be a real date written YYYY-MM-DD' }).optional(),
  /** BCP 47 tag, e.g. kk, ru, kk-Arab. */
  language: z.string().max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional(),
  /** ISO 15924 code: Arab, Cyrl, Latn… */
  script: z.string().regex(/^[A-Z][a-z]{3}$/).optional(),
  archivalReference: ArchivalReference.optional(),
  rights: text(2000),
  notes: text(20000),
});

export type Metadata = z.infer<typeof Metadata>;
