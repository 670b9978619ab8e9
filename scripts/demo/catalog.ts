import { cyrillicToToteJazu } from '../../src/shared/text/tote-jazu';

/** The invented issue: the masthead, the PDF title and the manifest all read from here. */
export const ISSUE = {
  file: 'saryarqa-1918-11-25.pdf',
  publication: 'Сарыарқа',
  place: 'Семей',
  number: 28,
  dateAsPrinted: '1918 ж. 25 қараша',
  weekday: 'Дүйсенбі',
  isoDate: '1918-11-25',
} as const;

export const ORDER = {
  file: 'archival-order-1918.jpg',
  number: 14,
  dateAsPrinted: '1918 ж. 2 желтоқсан',
  isoDate: '1918-12-02',
} as const;

export const SEAL = {
  file: 'seal-alashorda.png',
  /** The legend's words, read from the top with a star between parts. */
  legend: ['Алашорда', 'Уақытша Ұлттық Кеңес', 'Семей'],
  /** Under the crescent and star. */
  year: '1917',
} as const;

/** A seal cut in 1918 speaks *төте жазу*: the legend and year as the stamp carries them. */
export const SEAL_LEGEND: readonly string[] = SEAL.legend.map((part) => cyrillicToToteJazu(part));
export const SEAL_YEAR = cyrillicToToteJazu(SEAL.year);
/** The inscription as an archivist transcribes it: the ring from the top, then the centre. */
export const SEAL_INSCRIPTION = `${SEAL_LEGEND.join(' ★ ')}\n${SEAL_YEAR}`;
