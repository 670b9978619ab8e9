import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files';
import { exportCitations } from '../../../src/main/archive/formats/text/write-citations';
import { Region } from '../../../src/shared/domain/annotations';
import { cite, toCslJson } from '../../../src/shared/text/citation';
import { exportOptions, qazaqIssue } from './qazaq-issue';

const OPTIONS = exportOptions();

/** «Қазақ» of 25 October 1917, old style; its ISO date is the new style. */
const DOC = qazaqIssue({ title: '«Қазақ», 1917 ж. 25 қазан, № 250', metadata: { publication: '«Қазақ»', place: 'Орынбор', issueNumber: 250, calendar: 'julian', isoDate: '1917-11-07', language: 'kk' } }, 2);

/** Regions do not change a citation. */
const REGIONS = [
  Region.parse({ id: 'reg-heading', page: 0, order: 0, kind: 'heading', status: 'done', shape: { type: 'rect', x: 0, y: 0, width: 9, height: 9 }, text: 'Алашорда', createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z', revision: 1 }),
];

describe('exportCitations', () => {
  const files = exportFiles(exportCitations, { doc: DOC, regions: REGIONS }, OPTIONS);
  const [text, csl] = files;

  it('writes the citations as text and as CSL-JSON', () => {
    expect(files.map((file) => [file.name, file.mediaType])).toEqual([
      ['qazaq-250.citations.txt', 'text/plain;charset=utf-8'],
      ['qazaq-250.csl.json', 'application/vnd.citationstyles.csl+json'],
    ]);
  });

  it('gives every style under its name', () => {
    expect(text?.content).toBe(
      [
        'Kazakh (ГОСТ 7.1–2003)',
        cite(DOC, 'kazakh'),
        '',
        'ГОСТ Р 7.0.100–2018',
        cite(DOC, 'gost'),
        '',
        'Chicago, note',
        cite(DOC, 'chicago-note'),
        '',
        'Chicago, bibliography',
        cite(DOC, 'chicago-bibliography'),
        '',
      ].join('\n'),
    );
    expect(text?.content).toContain('«Қазақ» газеті. – Орынбор, 1917. – 25 қазан [7 қараша]. – № 250.');
    expect(text?.content).toContain('Қазақ (Орынбор), October 25 [November 7], 1917, no. 250.');
  });

  it('writes a CSL-JSON list of one item, identified by the document', () => {
    const items = JSON.parse(csl?.content ?? '') as unknown;
    expect(items).toEqual([toCslJson(DOC, 'qazaq-250')]);
    expect(items).toEqual([
      {
        id: 'qazaq-250',
        type: 'article-newspaper',
        title: '«Қазақ», 1917 ж. 25 қазан, № 250',
        'container-title': 'Қазақ',
        issued: { 'date-parts': [[1917, 11, 7]] },
        'publisher-place': 'Орынбор',
        issue: '250',
        number: '250',
        language: 'kk',
        note: 'Dated old style (Julian): 1917-10-25',
      },
    ]);
  });
});
