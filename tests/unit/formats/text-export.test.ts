import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files';
import type { TextScript } from '../../../src/main/archive/formats/exchange/export-types';
import { exportText } from '../../../src/main/archive/formats/text/write-text';
import { Region } from '../../../src/shared/domain/annotations';
import { exportOptions, qazaqIssue } from './qazaq-issue';

const OPTIONS = exportOptions();

/** Three pages: regions on the first and last, none on the middle one. */
const DOC = qazaqIssue({ title: '«Қазақ», № 250', metadata: { publication: '«Қазақ»', language: 'kk' } });

const region = (fields: Partial<Region>): Region =>
  Region.parse({
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-02T11:30:00.000Z',
    revision: 1,
    status: 'done',
    kind: 'text',
    shape: { type: 'rect', x: 0, y: 0, width: 10, height: 10 },
    ...fields,
  });

const REGIONS = [
  region({ id: 'reg-seal', page: 2, order: 1, kind: 'seal', text: '' }),
  region({ id: 'reg-mixed', page: 2, order: 0, text: 'Алаш, الاش, Alaş 1917' }),
  region({ id: 'reg-advert', page: 0, order: 4, kind: 'advertisement', text: '\nЖарнама: <img src=x onerror=alert(1)>, "тырнақша",\r\nжаңа жол\n=SUM(A1)\n\n', script: 'Cyrl' }),
  region({ id: 'reg-french', page: 0, order: 3, text: 'Le gouvernement d’Alash', language: 'fr', script: 'Latn' }),
  region({ id: 'reg-latin', page: 0, order: 2, text: 'Alaşorda — Qazaq elı', language: 'kk', script: 'Latn' }),
  region({ id: 'reg-arabic', page: 0, order: 1, text: 'الاشوردا ۇكىمەتى', language: 'kk', script: 'Arab', direction: 'rtl' }),
  region({ id: 'reg-heading', page: 0, order: 0, kind: 'heading', text: '«Алашорда» үкіметі', language: 'kk', script: 'Cyrl' }),
];

function exported(textScript: TextScript) {
  const files = exportFiles(exportText, { doc: DOC, regions: REGIONS }, { ...OPTIONS, textScript });
  expect(files).toHaveLength(1);
  const [file] = files;
  if (!file) throw new Error('no file');
  return file;
}

/** The file's paragraphs: title, page headers and texts, as blank lines separate them. */
const blocks = (textScript: TextScript): string[] => exported(textScript).content.trimEnd().split('\n\n');

describe('exportText', () => {
  it('writes the title, each page under its header and the texts in reading order, as typed', () => {
    const file = exported('as-typed');
    expect(file.name).toBe('qazaq-250.txt');
    expect(file.mediaType).toBe('text/plain;charset=utf-8');
    expect(file.content).toBe(
      [
        '«Қазақ», № 250',
        '',
        '— 1 —',
        '',
        '«Алашорда» үкіметі',
        '',
        'الاشوردا ۇكىمەتى',
        '',
        'Alaşorda — Qazaq elı',
        '',
        'Le gouvernement d’Alash',
        '',
        // Plain text: markup is only characters; line breaks become \n, blank lines at the ends go.
        'Жарнама: <img src=x onerror=alert(1)>, "тырнақша",',
        'жаңа жол',
        '=SUM(A1)',
        '',
        '— 2 —',
        '',
        '— 3 —',
        '',
        'Алаш, الاش, Alaş 1917',
        '',
      ].join('\n'),
    );
  });

  it('writes Kazakh in the 2021 Latin alphabet, reading *төте жазу* into Cyrillic first', () => {
    expect(blocks('latin-2021')).toEqual([
      '«Qazaq», № 250',
      '— 1 —',
      '«Alaşorda» ükımetı',
      'alaşorda ükımetı',
      // Latin already typed stays as typed.
      'Alaşorda — Qazaq elı',
      'Le gouvernement d’Alash',
      'Jarnama: <img src=x onerror=alert(1)>, "tyrnaqşa",\njaña jol\n=SUM(A1)',
      '— 2 —',
      '— 3 —',
      // No declared script: each word is read by the script its letters are in.
      'Alaş, alaş, Alaş 1917',
    ]);
  });

  it('writes Kazakh in Wikipedia’s Latin', () => {
    expect(blocks('latin-wikipedia').slice(2, 4)).toEqual(['«Alaşorda» ükimeti', 'alaşorda ükimeti']);
  });

  it('writes Kazakh in *төте жазу*, leaving Arabic script as typed', () => {
    expect(blocks('tote-jazu')).toEqual([
      '«قازاق»، № ٢٥٠',
      '— 1 —',
      // Baitursynov's letters: one hushing sound, one letter, چ.
      '«الاچوردا» ۇكىمەتى',
      'الاشوردا ۇكىمەتى',
      'الاچوردا — قازاق ەلى',
      'Le gouvernement d’Alash',
      // The region is declared Cyrillic, so the Latin in it, and the comma after it, stay.
      'جارناما: <img src=x onerror=alert(1)>, "تىرناقچا"،\nجاڭا جول\n=SUM(A1)',
      '— 2 —',
      '— 3 —',
      'الاچ، الاش, الاچ ١٩١٧',
    ]);
  });

  it('reads *төте жазу* and Kazakh Latin into Cyrillic, but not a Latin text in another language', () => {
    expect(blocks('cyrillic')).toEqual([
      '«Қазақ», № 250',
      '— 1 —',
      '«Алашорда» үкіметі',
      // The script has no capitals.
      'алашорда үкіметі',
      'Алашорда — Қазақ елі',
      'Le gouvernement d’Alash',
      'Жарнама: <img src=x onerror=alert(1)>, "тырнақша",\nжаңа жол\n=SUM(A1)',
      '— 2 —',
      '— 3 —',
      'Алаш, алаш, Алаш 1917',
    ]);
  });

  it('reads only the script a region declares', () => {
    const files = exportFiles(exportText, { doc: DOC, regions: [region({ id: 'reg-declared', page: 0, order: 0, text: 'Алаш, الاش, Alaş', script: 'Cyrl' })] }, { ...OPTIONS, textScript: 'cyrillic' });
    expect(files[0]?.content).toContain('\n\nАлаш, الاش, Alaş\n\n— 2 —');
  });

  it('writes the title and every page header for a document with no regions', () => {
    const files = exportFiles(exportText, { doc: DOC, regions: [] }, OPTIONS);
    expect(files[0]?.content).toBe('«Қазақ», № 250\n\n— 1 —\n\n— 2 —\n\n— 3 —\n');
  });
});
