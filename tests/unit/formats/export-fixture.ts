import { XMLParser } from 'fast-xml-parser';
import type { Region, RegionContentInput } from '../../../src/shared/domain/annotations';
import { Region as RegionSchema } from '../../../src/shared/domain/annotations';
import type { ArchiveDocument } from '../../../src/shared/domain/document';
import type { ExportOptions, ExportSource } from '../../../src/main/archive/formats/exchange/export-types';

/**
 * One document for the PAGE, ALTO and TEI export tests: two pages (the second bare), every
 * kind of region as a rectangle or a polygon, lines with baselines, Kazakh in Cyrillic and in
 * the Arabic script (right to left), text that must be escaped, overlapping entities, a region
 * without text, and one on a page the document lacks.
 */

export const DOC_ID = '1913-qazaq-05';

export const OPTIONS: ExportOptions = {
  baseUri: 'https://archive.example.org/muragat',
  textScript: 'as-typed',
  generator: 'Muragat 9.9.9 <test> & "co"',
  now: new Date('2024-05-01T10:20:30.000Z'),
};

export const DOC: ArchiveDocument = {
  id: DOC_ID,
  kind: 'newspaper-issue',
  title: 'Қазақ, 1913, № 5',
  sources: [{ sha256: 'a'.repeat(64), format: 'pdf', originalName: 'qazaq 1913-05.pdf', size: 1000, pageCount: 2 }],
  pages: [
    { source: 0, sourcePage: 1, width: 2000, height: 3000, label: '1' },
    { source: 0, sourcePage: 2, width: 2100, height: 3100 },
  ],
  metadata: {
    publication: 'Қазақ',
    place: 'Орынбор',
    issueNumber: 5,
    dateAsPrinted: '2 ақпан 1913',
    calendar: 'julian',
    isoDate: '1913-02-15',
    language: 'kk',
    script: 'Cyrl',
    archivalReference: { repository: 'ҚР ОМА', fonds: '1', inventory: '2', file: '3', sheets: '4–5' },
    rights: 'Public domain',
    notes: 'A note & <more>',
  },
  collections: [],
  tags: [],
  importedAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

const region = (id: string, content: Omit<RegionContentInput, 'status'>): Region =>
  RegionSchema.parse({ ...content, id, status: 'done', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', revision: 1 });

export const LINE_1 = 'Әлихан Бөкейханов Орынборда';
export const LINE_2 = '<img src=x onerror=alert(1)> & "x" \u0001 1913 ж.';
/** Region 02-lines: its text is its two lines joined. */
export const LINES_TEXT = `${LINE_1}\n${LINE_2}`;
export const ARABIC_TEXT = 'قازاق ەلى\nالاش ورداسى';
export const AD_TEXT = "Сатылады: <кітаптар> & 'газеттер'";

export const REGIONS: Region[] = [
  region('07-seal', {
    page: 0,
    kind: 'seal',
    order: 8,
    shape: { type: 'polygon', points: [[1500, 2500], [1700, 2450.5], [1800, 2700], [1550, 2800]] },
    text: 'مهر',
    script: 'Arab',
    direction: 'rtl',
  }),
  region('02-lines', {
    page: 0,
    kind: 'text',
    order: 1,
    shape: { type: 'polygon', points: [[-5, 200.5], [2100, 200], [1990.6, 900], [90, 3100.2]] },
    text: LINES_TEXT,
    language: 'kk',
    script: 'Cyrl',
    direction: 'ltr',
    lines: [
      { id: 'line-0001', polygon: [[100, 210], [1900, 210], [1900, 300], [100, 300]], baseline: [[100, 290.4], [1900, 289.6]], text: LINE_1 },
      { id: 'line-0002', polygon: [[100, 310], [1900, 310], [1900, 400], [100, 400.7]], baseline: [[100, 390], [1950.2, 391]], text: LINE_2 },
    ],
    entities: [
      { id: 'ent-person', type: 'person', start: 0, end: 17, identifier: 'https://www.wikidata.org/wiki/Q2389838' },
      // Inside the person: nested.
      { id: 'ent-org', type: 'organisation', start: 7, end: 12, identifier: 'Q123' },
      // Crosses the person's end: cannot nest, left out of TEI.
      { id: 'ent-cross', type: 'place', start: 14, end: 20 },
      { id: 'ent-place', type: 'place', start: 18, end: 27, normalized: 'Орынбор' },
      // Holds the place and runs over the line break: the <lb/> goes inside it.
      { id: 'ent-span', type: 'organisation', start: 18, end: LINE_1.length + 5 },
      { id: 'ent-date', type: 'date', start: LINES_TEXT.indexOf('1913 ж.'), end: LINES_TEXT.indexOf('1913 ж.') + 7, normalized: '1913' },
    ],
  }),
  region('01-heading', {
    page: 0,
    kind: 'heading',
    order: 0,
    shape: { type: 'rect', x: 100.4, y: 80.6, width: 1800, height: 120 },
    text: 'ҚАЗАҚ',
    language: 'kk',
    direction: 'ltr',
  }),
  region('03-arabic', {
    page: 0,
    kind: 'text',
    order: 2,
    shape: { type: 'rect', x: 100, y: 1000, width: 800, height: 400 },
    text: ARABIC_TEXT,
    language: 'kk-Arab',
    direction: 'rtl',
    entities: [{ id: 'ent-alash', type: 'organisation', start: 10, end: 21 }],
  }),
  region('04-margin', {
    page: 0,
    kind: 'marginalia',
    order: 3,
    shape: { type: 'rect', x: 1900, y: 1000, width: 150, height: 500 },
    text: 'Пометка на полях',
    language: 'ru',
  }),
  region('05-heading', {
    page: 0,
    kind: 'heading',
    order: 4,
    shape: { type: 'rect', x: 100, y: 1450, width: 1800, height: 80 },
    text: 'Хабарландыру',
    language: 'kk',
  }),
  region('06-ad', {
    page: 0,
    kind: 'advertisement',
    order: 5,
    shape: { type: 'polygon', points: [[100, 1550], [900, 1550], [900, 2000], [100, 2000]] },
    text: AD_TEXT,
  }),
  region('08-picture', { page: 0, kind: 'illustration', order: 6, shape: { type: 'rect', x: 1000, y: 1550, width: 900, height: 800 }, text: '' }),
  region('09-table', { page: 0, kind: 'table', order: 7, shape: { type: 'rect', x: 100, y: 2050, width: 800, height: 300 }, text: 'Баға\t5 тиын\nЖыл\t1913' }),
  region('10-empty', { page: 0, kind: 'text', order: 9, shape: { type: 'rect', x: 100, y: 2850, width: 500, height: 100 }, text: '' }),
  region('11-nowhere', { page: 5, kind: 'text', order: 0, shape: { type: 'rect', x: 1, y: 1, width: 5, height: 5 }, text: 'on no page' }),
];

/** Region ids of page 1 in reading order. */
export const READING_ORDER = ['01-heading', '02-lines', '03-arabic', '04-margin', '05-heading', '06-ad', '08-picture', '09-table', '07-seal', '10-empty'];

export const SOURCE: ExportSource = { doc: DOC, regions: REGIONS };

/** An element read back: name, attributes and children in document order. */
export interface Node {
  name: string;
  attrs: Record<string, string>;
  children: (Node | string)[];
}

type Parsed = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Decodes character references (&#13;) as well as the five XML entities.
  htmlEntities: true,
});

function toNode(item: Parsed): Node | string {
  if ('#text' in item) return String(item['#text']);
  const name = Object.keys(item).find((key) => key !== ':@') ?? '';
  return { name, attrs: (item[':@'] ?? {}) as Record<string, string>, children: (item[name] as Parsed[]).map(toNode) };
}

/** The document element of an XML file. */
export function parseXml(content: string): Node {
  const root = (parser.parse(content) as Parsed[]).map(toNode).find((node): node is Node => typeof node !== 'string' && node.name !== '?xml');
  if (!root) throw new Error('no document element');
  return root;
}

/** Every element of that name under the node, in document order. */
export function findAll(node: Node, name: string): Node[] {
  return node.children.flatMap((child) => (typeof child === 'string' ? [] : [...(child.name === name ? [child] : []), ...findAll(child, name)]));
}

export function find(node: Node, name: string): Node {
  const [found] = findAll(node, name);
  if (!found) throw new Error(`no <${name}> in <${node.name}>`);
  return found;
}

export const elements = (node: Node): Node[] => node.children.filter((child): child is Node => typeof child !== 'string');

/** The text an element holds, markup left out. */
export const textOf = (node: Node): string => node.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');

/** A region's text as it must come out: XML 1.0 cannot hold U+0001. */
export const asXml = (text: string): string => text.replace('\u0001', '');
