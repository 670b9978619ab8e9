import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files';
import { exportCsv } from '../../../src/main/archive/formats/text/write-csv';
import { Region } from '../../../src/shared/domain/annotations';
import { exportOptions, qazaqIssue } from './qazaq-issue';

const OPTIONS = exportOptions('latin-2021');

/** Three pages: regions on the first and last, none on the middle one. */
const DOC = qazaqIssue({ title: '«Қазақ», № 250', metadata: { language: 'kk' } });

const region = (fields: Partial<Region>): Region =>
  Region.parse({ author: 'Айгүл', createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-02T11:30:00.000Z', revision: 1, status: 'done', kind: 'text', ...fields });

const HEADING = region({
  id: 'reg-heading',
  page: 0,
  order: 0,
  kind: 'heading',
  shape: { type: 'rect', x: 100.5, y: 50, width: 800, height: 120.25 },
  text: '«Алашорда» үкіметі',
  language: 'kk',
  script: 'Cyrl',
  direction: 'ltr',
  tags: ['алаш', '1917', 'a;b\\c'],
  entities: [
    { id: 'ent-alash', type: 'organisation', start: 1, end: 9 },
    { id: 'ent-gov', type: 'organisation', start: 11, end: 18 },
  ],
});
const ARABIC = region({
  id: 'reg-arabic',
  page: 0,
  order: 1,
  status: 'in-progress',
  shape: { type: 'polygon', points: [[100, 300], [1900, 300], [1900, 900], [100, 950.5]] },
  text: 'الاشوردا ۇكىمەتى',
  language: 'kk-Arab',
  script: 'Arab',
  direction: 'rtl',
});
const ADVERT = region({
  id: 'reg-advert',
  page: 0,
  order: 2,
  kind: 'advertisement',
  status: 'draft',
  shape: { type: 'rect', x: 0, y: 1000, width: 500, height: 400 },
  text: 'Жарнама: <img src=x onerror=alert(1)>, "тырнақша", үтір,\r\nжаңа жол',
  tags: ['=cmd|"/c calc"!A1'],
  author: '@admin',
});
const FORMULA = region({ id: 'reg-formula', page: 2, order: 0, shape: { type: 'rect', x: 1, y: 2, width: 3, height: 4 }, text: '=SUM(A1)', tags: ['+тег', '-1'] });
const SEAL = region({ id: 'reg-seal', page: 2, order: 1, kind: 'seal', status: 'reviewed', shape: { type: 'polygon', points: [[10, 10], [200, 10], [105, 190]] }, text: '', author: undefined });

const HEADER = ['document', 'page', 'order', 'region_id', 'kind', 'status', 'x', 'y', 'width', 'height', 'polygon', 'language', 'script', 'direction', 'text', 'tags', 'entities', 'author', 'updated'];

/** RFC 4180 read back, as a spreadsheet would: fields in quotes may hold commas, quotes (doubled) and line breaks. */
function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const ch = content.charAt(i);
    if (quoted) {
      if (ch === '"' && content[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && content[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

/** A list field split on unescaped semicolons, the escapes undone. */
const splitList = (field: string): string[] => (field === '' ? [] : (field.match(/(?:\\.|[^;\\])+/gu) ?? []).map((item) => item.replace(/\\(.)/gu, '$1')));

/** A cell's text as the region has it: the formula guard's apostrophe taken off. */
const unguard = (field: string): string => field.replace(/^'(?=[=+\-@\t\r])/u, '');

function exported(regions: readonly Region[]) {
  const files = exportFiles(exportCsv, { doc: DOC, regions }, OPTIONS);
  expect(files).toHaveLength(1);
  const [file] = files;
  if (!file) throw new Error('no file');
  return file;
}

describe('exportCsv', () => {
  const file = exported([SEAL, FORMULA, ADVERT, ARABIC, HEADING]);
  const [header, ...rows] = parseCsv(file.content.slice(1));

  it('writes UTF-8 with a byte order mark, CRLF line ends and a header row', () => {
    expect(file.name).toBe('qazaq-250.regions.csv');
    expect(file.mediaType).toBe('text/csv;charset=utf-8');
    expect(file.content.startsWith('\uFEFFdocument,page,order,region_id,')).toBe(true);
    expect(file.content.endsWith('\r\n')).toBe(true);
    expect(header).toEqual(HEADER);
    for (const row of rows) expect(row).toHaveLength(HEADER.length);
  });

  it('writes one row per region in reading order, page counted from 1', () => {
    expect(rows.map((row) => [row[1], row[2], row[3]])).toEqual([
      ['1', '0', 'reg-heading'],
      ['1', '1', 'reg-arabic'],
      ['1', '2', 'reg-advert'],
      ['3', '0', 'reg-formula'],
      ['3', '1', 'reg-seal'],
    ]);
  });

  it('round-trips every field of every region', () => {
    const regions = [HEADING, ARABIC, ADVERT, FORMULA, SEAL];
    for (const [index, row] of rows.entries()) {
      const r = regions[index];
      if (!r) throw new Error('more rows than regions');
      const fields = Object.fromEntries(HEADER.map((name, i) => [name, row[i] ?? '']));
      expect(fields.document).toBe('qazaq-250');
      expect(Number(fields.page) - 1).toBe(r.page);
      expect(Number(fields.order)).toBe(r.order);
      expect([fields.region_id, fields.kind, fields.status, fields.direction, fields.updated]).toEqual([r.id, r.kind, r.status, r.direction, r.updatedAt]);
      expect([fields.language, fields.script, unguard(fields.author ?? '')]).toEqual([r.language ?? '', r.script ?? '', r.author ?? '']);
      expect(unguard(fields.text ?? '')).toBe(r.text);
      expect(splitList(unguard(fields.tags ?? ''))).toEqual(r.tags);
      expect(splitList(fields.entities ?? '')).toEqual(r.entities.map((e) => `${e.type}:${r.text.slice(e.start, e.end)}`));
      const points = r.shape.type === 'polygon' ? r.shape.points : [];
      expect(fields.polygon === '' ? [] : fields.polygon?.split(' ').map((point) => point.split(',').map(Number))).toEqual(points);
    }
  });

  it('gives the bounding box of each shape in page pixels', () => {
    expect(rows.map((row) => row.slice(6, 10))).toEqual([
      ['100.5', '50', '800', '120.25'],
      ['100', '300', '1800', '650.5'],
      ['0', '1000', '500', '400'],
      ['1', '2', '3', '4'],
      ['10', '10', '190', '180'],
    ]);
  });

  it('quotes fields with commas, quotes or line breaks, doubling the quotes, and keeps markup as text', () => {
    expect(file.content).toContain('"Жарнама: <img src=x onerror=alert(1)>, ""тырнақша"", үтір,\r\nжаңа жол"');
    expect(file.content).toContain(',"100,300 1900,300 1900,900 100,950.5",');
    expect(rows[0]?.[16]).toBe('organisation:Алашорда;organisation:үкіметі');
    // A semicolon or backslash in a tag is escaped, so the list splits back whole.
    expect(rows[0]?.[15]).toBe('алаш;1917;a\\;b\\\\c');
  });

  it('puts an apostrophe before a cell a spreadsheet would take for a formula', () => {
    const [, , advert, formula] = rows;
    expect(formula?.[14]).toBe("'=SUM(A1)");
    expect(formula?.[15]).toBe("'+тег;-1");
    expect(advert?.[15]).toBe('\'=cmd|"/c calc"!A1');
    expect(file.content).toContain(',"\'=cmd|""/c calc""!A1",');
    expect(advert?.[17]).toBe("'@admin");
    for (const row of rows) for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/u);
  });

  it('writes only the header for a document with no regions', () => {
    expect(exported([]).content).toBe(`\uFEFF${HEADER.join(',')}\r\n`);
  });
});
