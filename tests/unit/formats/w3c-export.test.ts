import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files';
import { readW3c } from '../../../src/main/archive/formats/w3c/read-w3c';
import { exportW3c } from '../../../src/main/archive/formats/w3c/write-w3c';
import { Region } from '../../../src/shared/domain/annotations';
import { corpusFile } from '../../support/corpus';
import { readJson, validateW3cCollection, w3cChecks } from '../../support/validate-json';
import { BASE, exportOptions, qazaqIssue } from './qazaq-issue';

const DOC_URI = `${BASE}/documents/qazaq-250`;
const OPTIONS = exportOptions();

/** Three pages: regions on the first and last, none on the middle one. */
const DOC = qazaqIssue({ title: '«Қазақ», 1917 ж. 25 қазан, № 250', metadata: { publication: '«Қазақ»', language: 'kk' } });

const region = (fields: Partial<Region>): Region =>
  Region.parse({ author: 'Айгүл Сәрсенова', createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-02T11:30:00.000Z', revision: 3, status: 'done', ...fields });

const HEADING = region({
  id: 'reg-heading',
  page: 0,
  order: 0,
  kind: 'heading',
  shape: { type: 'rect', x: 100.5, y: 50, width: 800, height: 120.2 },
  text: '«Алашорда» үкіметі',
  language: 'kk',
  script: 'Cyrl',
  direction: 'ltr',
  tags: ['алаш', '1917'],
  entities: [{ id: 'ent-alash', type: 'organisation', start: 1, end: 9, identifier: 'http://www.wikidata.org/entity/Q1132475', normalized: 'Алашорда' }],
});
const ARABIC = region({
  id: 'reg-arabic',
  page: 0,
  order: 1,
  kind: 'text',
  shape: { type: 'polygon', points: [[100, 300], [1900, 300], [1900, 900], [100, 950.5]] },
  text: 'الاشوردا ۇكىمەتى',
  language: 'kk',
  script: 'Arab',
  direction: 'rtl',
  lines: [{ id: 'line-1', polygon: [[100, 300], [1900, 300], [1900, 400]], text: 'الاشوردا ۇكىمەتى' }],
});
/** Old Turkic letters lie outside the BMP: two UTF-16 units, one code point each. */
const ORKHON = region({
  id: 'reg-orkhon',
  page: 0,
  order: 2,
  kind: 'marginalia',
  shape: { type: 'rect', x: 10, y: 10, width: 50, height: 50 },
  text: '𐱅𐰇𐰼𐰚 — Түрік',
  script: 'Orkh',
  entities: [{ id: 'ent-turk', type: 'place', start: 11, end: 16 }],
});
const ADVERT = region({
  id: 'reg-advert',
  page: 0,
  order: 3,
  kind: 'advertisement',
  status: 'draft',
  shape: { type: 'rect', x: 0, y: 1000, width: 500, height: 400 },
  text: 'Жарнама: <img src=x onerror=alert(1)>, "тырнақша", үтір,\nжаңа жол\n=SUM(A1)',
});
const SEAL = region({
  id: 'reg-seal',
  page: 2,
  order: 0,
  kind: 'seal',
  shape: { type: 'polygon', points: [[10, 10], [200, 10], [105, 190]] },
  text: '',
  sealId: 'seal-alash',
  tags: ['мөр'],
});
const ILLUSTRATION = region({ id: 'reg-picture', page: 2, order: 1, kind: 'illustration', shape: { type: 'rect', x: 300, y: 300, width: 600, height: 400 }, text: '  ' });

/** Given out of order: the export sorts by page, then reading order. */
const REGIONS = [SEAL, ADVERT, ILLUSTRATION, ARABIC, ORKHON, HEADING];

interface Json {
  [key: string]: unknown;
}
interface Annotation extends Json {
  id: string;
  motivation: string;
  body: Json[];
  target: { source: string; selector: Json | Json[] };
}
interface Collection extends Json {
  total: number;
  first?: { items: Annotation[] };
}

function exported(regions: readonly Region[] = REGIONS) {
  const [file, ...rest] = exportFiles(exportW3c, { doc: DOC, regions }, OPTIONS);
  if (!file) throw new Error('no file');
  return { file, rest, collection: JSON.parse(file.content) as Collection };
}

const items = (collection: Collection): Annotation[] => collection.first?.items ?? [];
const byId = (collection: Collection, id: string): Annotation => {
  const found = items(collection).find((item) => item.id === `${DOC_URI}/annotations/${id}`);
  if (!found) throw new Error(`no annotation ${id}`);
  return found;
};
/** An embedded annotation as it stands alone: with the context its collection gives it. */
const standalone = (annotation: Json, collection: Collection): Json => ({ '@context': collection['@context'], ...annotation });

describe('the W3C validator', () => {
  const samples = 'schemas/web-annotation/w3c-web-annotation-tests/tools/samples';

  it('passes the suite’s correct samples and fails an incorrect one on the assertion it breaks', () => {
    const checks = w3cChecks();
    expect(checks.annotation(readJson(corpusFile(`${samples}/correct/anno23.json`)))).toEqual([]);
    expect(checks.collection(readJson(corpusFile(`${samples}/correct/collection1.json`)))).toEqual([]);
    // A FragmentSelector without a value (and an id that is two ids).
    const errors = checks.annotation(readJson(corpusFile(`${samples}/incorrect/anno38.json`)));
    expect(errors.some((line) => line.startsWith('annotations/specificResource/4.2-fragmentCssXPathSelectorValid.json'))).toBe(true);
  });

  it('fails an annotation of ours once a value breaks the model', () => {
    const { collection } = exported();
    const arabic = byId(collection, 'reg-arabic');
    const broken = { ...arabic, body: [{ ...arabic.body[0], textDirection: 'squirrel' }] };
    expect(w3cChecks().annotation(standalone(broken, collection)).join('\n')).toContain('3.2.1-bodyTextDirectionValidated');
  });

});

describe('exportW3c', () => {
  it('writes one JSON-LD collection named after the document', () => {
    const { file, rest } = exported();
    expect(rest).toEqual([]);
    expect(file.name).toBe('qazaq-250.annotations.jsonld');
    expect(file.mediaType).toBe('application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"');
  });

  it('meets every MUST of the W3C test suite: collection, page and each annotation', () => {
    const { collection } = exported();
    expect(validateW3cCollection(collection)).toEqual([]);
    expect(items(collection)).toHaveLength(8);
  });

  it('lists the regions page by page in reading order, each followed by its entities', () => {
    const { collection } = exported();
    expect(collection).toMatchObject({
      // A term of our own for the motivation the W3C vocabulary lacks.
      '@context': ['http://www.w3.org/ns/anno.jsonld', { transcribing: 'https://muragat.invalid/ns#transcribing' }],
      id: `${DOC_URI}/annotations`,
      type: 'AnnotationCollection',
      label: DOC.title,
      total: 8,
      first: { id: `${DOC_URI}/annotations?page=0`, type: 'AnnotationPage', startIndex: 0 },
    });
    expect(items(collection).map((item) => item.id.slice(`${DOC_URI}/annotations/`.length))).toEqual([
      'reg-heading',
      'reg-heading/entities/ent-alash',
      'reg-arabic',
      'reg-orkhon',
      'reg-orkhon/entities/ent-turk',
      'reg-advert',
      'reg-seal',
      'reg-picture',
    ]);
  });

  it('targets a rectangle with a media fragment in whole pixels that covers it', () => {
    const heading = byId(exported().collection, 'reg-heading');
    expect(heading.target).toEqual({
      type: 'SpecificResource',
      source: `${DOC_URI}/pages/0`,
      selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: 'xywh=pixel:100,50,801,121' },
    });
  });

  it('targets a polygon with an SVG of its exact points', () => {
    const seal = byId(exported().collection, 'reg-seal');
    expect(seal.target).toEqual({
      type: 'SpecificResource',
      source: `${DOC_URI}/pages/2`,
      selector: { type: 'SvgSelector', value: '<svg xmlns="http://www.w3.org/2000/svg"><polygon points="10,10 200,10 105,190"/></svg>' },
    });
    expect(byId(exported().collection, 'reg-arabic').target.selector).toEqual({
      type: 'SvgSelector',
      value: '<svg xmlns="http://www.w3.org/2000/svg"><polygon points="100,300 1900,300 1900,900 100,950.5"/></svg>',
    });
  });

  it('carries the transcription, its language with the script, its direction, the kind and the tags', () => {
    const { collection } = exported();
    const heading = byId(collection, 'reg-heading');
    expect(heading).toMatchObject({
      type: 'Annotation',
      motivation: 'transcribing',
      created: '2026-03-01T10:00:00.000Z',
      modified: '2026-03-02T11:30:00.000Z',
      creator: { type: 'Person', name: 'Айгүл Сәрсенова' },
      generator: { type: 'Software', name: 'Muragat 0.1.0' },
      generated: '2026-11-24T12:00:00.000Z',
    });
    expect(heading.body).toEqual([
      {
        id: `${DOC_URI}/annotations/reg-heading/text`,
        type: 'TextualBody',
        value: '«Алашорда» үкіметі',
        format: 'text/plain',
        language: 'kk-Cyrl',
        textDirection: 'ltr',
      },
      { type: 'TextualBody', purpose: 'classifying', value: 'heading' },
      { type: 'TextualBody', purpose: 'tagging', value: 'алаш' },
      { type: 'TextualBody', purpose: 'tagging', value: '1917' },
    ]);
    expect(byId(collection, 'reg-arabic').body[0]).toMatchObject({ value: 'الاشوردا ۇكىمەتى', language: 'kk-Arab', textDirection: 'rtl' });
    // A script with no language is "undetermined" in that script.
    expect(byId(collection, 'reg-orkhon').body[0]).toMatchObject({ language: 'und-Orkh' });
  });

  it('keeps text as text: markup, quotes and line breaks come back from JSON exactly', () => {
    const advert = byId(exported().collection, 'reg-advert');
    expect(advert.body[0]).toMatchObject({ value: ADVERT.text, format: 'text/plain' });
    expect(advert.body[0]).not.toHaveProperty('textDirection');
    expect(advert.body[0]).not.toHaveProperty('language');
  });

  it('classifies a region with no text, and names the catalogued seal it is an impression of', () => {
    const { collection } = exported();
    const seal = byId(collection, 'reg-seal');
    expect(seal.motivation).toBe('classifying');
    expect(seal.body).toEqual([
      { type: 'TextualBody', purpose: 'classifying', value: 'seal' },
      { type: 'SpecificResource', purpose: 'identifying', source: `${BASE}/seals/seal-alash` },
      { type: 'TextualBody', purpose: 'tagging', value: 'мөр' },
    ]);
    // Blank text is no transcription.
    expect(byId(collection, 'reg-picture').body).toEqual([{ type: 'TextualBody', purpose: 'classifying', value: 'illustration' }]);
  });

  it('annotates an entity on its span of the transcription, counting code points', () => {
    const { collection } = exported();
    expect(byId(collection, 'reg-heading/entities/ent-alash')).toMatchObject({
      motivation: 'identifying',
      body: [
        { type: 'TextualBody', purpose: 'classifying', value: 'organisation' },
        { type: 'SpecificResource', purpose: 'identifying', source: 'http://www.wikidata.org/entity/Q1132475' },
        { type: 'TextualBody', purpose: 'describing', value: 'Алашорда' },
      ],
      target: {
        type: 'SpecificResource',
        source: `${DOC_URI}/annotations/reg-heading/text`,
        selector: [
          { type: 'TextPositionSelector', start: 1, end: 9 },
          { type: 'TextQuoteSelector', exact: 'Алашорда' },
        ],
      },
    });
    // 𐱅𐰇𐰼𐰚 is 8 UTF-16 units and 4 code points: Түрік starts at 11 here, at 7 for the model.
    expect(byId(collection, 'reg-orkhon/entities/ent-turk')).toMatchObject({
      motivation: 'classifying',
      body: [{ type: 'TextualBody', purpose: 'classifying', value: 'place' }],
      target: {
        selector: [
          { type: 'TextPositionSelector', start: 7, end: 12 },
          { type: 'TextQuoteSelector', exact: 'Түрік' },
        ],
      },
    });
    expect(Array.from(ORKHON.text).slice(7, 12).join('')).toBe('Түрік');
  });

  it('leaves out lines, status and the author when there is none', () => {
    const { file, collection } = exported([region({ ...ARABIC, author: undefined, status: 'reviewed' })]);
    expect(file.content).not.toContain('line-1');
    expect(file.content).not.toContain('reviewed');
    expect(items(collection)[0]).not.toHaveProperty('creator');
  });

  it('writes an empty collection, without a first page, for a document with no regions', () => {
    const { collection } = exported([]);
    expect(collection.total).toBe(0);
    expect(collection).not.toHaveProperty('first');
    expect(w3cChecks().collection(collection)).toEqual([]);
  });

  it('is read back by Muragat’s W3C import: page, outline, text, language, direction and tags, in reading order', () => {
    const { file } = exported();
    const pages = readW3c(file.content);
    expect(pages.map((page) => page.pageIndex)).toEqual([0, 2]);
    expect(pages[0]?.regions.map((r) => ({ shape: r.shape, text: r.text, language: r.language, direction: r.direction }))).toEqual([
      { shape: { type: 'rect', x: 100, y: 50, width: 801, height: 121 }, text: HEADING.text, language: 'kk-Cyrl', direction: 'ltr' },
      { shape: ARABIC.shape, text: ARABIC.text, language: 'kk-Arab', direction: 'rtl' },
      { shape: ORKHON.shape, text: ORKHON.text, language: 'und-Orkh', direction: 'auto' },
      { shape: ADVERT.shape, text: ADVERT.text, language: undefined, direction: 'auto' },
    ]);
    expect(pages[1]?.regions.map((r) => [r.shape, r.text, r.tags])).toEqual([
      [SEAL.shape, '', ['мөр']],
      [ILLUSTRATION.shape, '', []],
    ]);
  });
});
