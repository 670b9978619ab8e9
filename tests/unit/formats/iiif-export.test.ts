import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files';
import { exportIiif } from '../../../src/main/archive/formats/iiif/write-iiif';
import { Region } from '../../../src/shared/domain/annotations';
import type { ArchiveDocument } from '../../../src/shared/domain/document';
import type { Metadata } from '../../../src/shared/domain/metadata';
import { corpusFile } from '../../support/corpus';
import { iiifCheck, readJson } from '../../support/validate-json';
import { BASE, exportOptions, qazaqIssue } from './qazaq-issue';

const DOC_URI = `${BASE}/documents/qazaq-250`;
const CANVAS = (index: number) => `${DOC_URI}/canvas/${index}`;
const OPTIONS = exportOptions();

const METADATA: Metadata = {
  publication: '«Қазақ»',
  place: 'Орынбор',
  issueNumber: 250,
  dateAsPrinted: '1917 ж. 25 қазан',
  calendar: 'julian',
  isoDate: '1917-11-07',
  language: 'kk',
  archivalReference: { repository: 'ҚР ОМА', fonds: '15', inventory: '1', file: '2', sheets: '12–13' },
  rights: 'https://creativecommons.org/publicdomain/mark/1.0/',
};

/** Three pages of different sizes: regions on the first and last, none on the middle one. */
const doc = (metadata: Metadata = METADATA): ArchiveDocument => ({
  ...qazaqIssue({ title: '«Қазақ», 1917 ж. 25 қазан, № 250', metadata }),
  pages: [
    { source: 0, sourcePage: 1, width: 2000, height: 3000 },
    { source: 0, sourcePage: 2, width: 2000, height: 3000, label: 'II' },
    { source: 0, sourcePage: 3, width: 1800, height: 2600 },
  ],
});

const region = (fields: Partial<Region>): Region =>
  Region.parse({ createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-02T11:30:00.000Z', revision: 1, status: 'done', kind: 'text', ...fields });

const HEADING = region({ id: 'reg-heading', page: 0, order: 0, kind: 'heading', shape: { type: 'rect', x: 100.5, y: 50, width: 800, height: 120.2 }, text: '«Алашорда» үкіметі', language: 'kk', script: 'Cyrl', direction: 'ltr', tags: ['алаш'] });
const ARABIC = region({
  id: 'reg-arabic',
  page: 0,
  order: 1,
  shape: { type: 'polygon', points: [[100, 300], [1900, 300], [1900, 900], [100, 950.5]] },
  text: 'الاشوردا ۇكىمەتى',
  language: 'kk',
  script: 'Arab',
  direction: 'rtl',
});
const ADVERT = region({
  id: 'reg-advert',
  page: 0,
  order: 2,
  kind: 'advertisement',
  shape: { type: 'rect', x: 0, y: 1000, width: 500, height: 400 },
  text: 'Жарнама: <img src=x onerror=alert(1)>, "тырнақша",\n=SUM(A1)',
});
const SEAL = region({ id: 'reg-seal', page: 2, order: 0, kind: 'seal', shape: { type: 'polygon', points: [[10, 10], [200, 10], [105, 190]] }, text: '', sealId: 'seal-alash' });
const LAST = region({ id: 'reg-last', page: 2, order: 1, shape: { type: 'rect', x: 10, y: 300, width: 400, height: 100 }, text: 'Соңы.' });

interface Annotation {
  id: string;
  motivation: string;
  body: Record<string, unknown>;
  target: unknown;
}
interface AnnotationPage {
  id: string;
  items: Annotation[];
}
interface Canvas {
  id: string;
  label: unknown;
  width: number;
  height: number;
  items: AnnotationPage[];
  annotations?: AnnotationPage[];
}
interface Manifest {
  id: string;
  items: Canvas[];
  [key: string]: unknown;
}

function exported(regions: readonly Region[] = [LAST, SEAL, ADVERT, ARABIC, HEADING], metadata?: Metadata) {
  const files = exportFiles(exportIiif, { doc: doc(metadata), regions }, OPTIONS);
  const [file] = files;
  if (!file) throw new Error('no file');
  return { files, file, manifest: JSON.parse(file.content) as Manifest };
}

const canvasOf = (manifest: Manifest, index: number): Canvas => {
  const canvas = manifest.items[index];
  if (!canvas) throw new Error(`no canvas ${index}`);
  return canvas;
};
const transcriptions = (canvas: Canvas): Annotation[] => canvas.annotations?.flatMap((page) => page.items) ?? [];

/** Every `id` anywhere in a JSON value. */
function ids(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(ids);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'id' && typeof inner === 'string' ? [inner] : ids(inner)));
}

describe('the IIIF validator', () => {
  const fixtures = 'schemas/iiif/presentation-validator/fixtures/3';

  it('passes the validator’s full example and fails its broken ones', () => {
    const check = iiifCheck();
    expect(check(readJson(corpusFile(`${fixtures}/full_example.json`)))).toEqual([]);
    expect(check(readJson(corpusFile(`${fixtures}/non_cc_license.json`)))).not.toEqual([]);
    expect(check(readJson(corpusFile(`${fixtures}/broken_embedded_annos.json`)))).not.toEqual([]);
  });

  it('fails a manifest of ours with an id that is not http(s)', () => {
    const { manifest } = exported();
    expect(iiifCheck()({ ...manifest, id: 'urn:muragat:qazaq-250' })).not.toEqual([]);
  });
});

describe('exportIiif', () => {
  it('writes one Presentation 3 manifest named after the document', () => {
    const { files, file } = exported();
    expect(files).toHaveLength(1);
    expect(file.name).toBe('qazaq-250.manifest.json');
    expect(file.mediaType).toBe('application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"');
  });

  it('is valid against the Presentation 3 validator’s schema, with every id http(s)', () => {
    const { manifest } = exported();
    expect(iiifCheck()(manifest)).toEqual([]);
    expect(ids(manifest).length).toBeGreaterThan(10);
    for (const id of ids(manifest)) expect(id).toMatch(/^https:\/\/archive\.example\.org\/muragat\//);
  });

  it('describes the document: label in its language, metadata, navDate, and a licence URI as rights', () => {
    const { manifest } = exported();
    expect(manifest).toMatchObject({
      '@context': 'http://iiif.io/api/presentation/3/context.json',
      id: `${DOC_URI}/manifest`,
      type: 'Manifest',
      label: { kk: ['«Қазақ», 1917 ж. 25 қазан, № 250'] },
      navDate: '1917-11-07T00:00:00Z',
      // The validator takes only the http form of Creative Commons URIs.
      rights: 'http://creativecommons.org/publicdomain/mark/1.0/',
    });
    expect(manifest.metadata).toEqual([
      { label: { en: ['Publication'] }, value: { none: ['«Қазақ»'] } },
      { label: { en: ['Place'] }, value: { none: ['Орынбор'] } },
      { label: { en: ['Date'] }, value: { none: ['1917 ж. 25 қазан'] } },
      { label: { en: ['Issue'] }, value: { none: ['250'] } },
      { label: { en: ['Archival reference'] }, value: { none: ['ҚР ОМА, f. 15, op. 1, d. 2, ll. 12–13'] } },
    ]);
    expect(manifest).not.toHaveProperty('requiredStatement');
  });

  it('shows rights that are not a licence URI as a required statement, and labels a document of no stated language "none"', () => {
    const { manifest } = exported([], { rights: '© Қазақстан Республикасының Орталық мемлекеттік архиві' });
    expect(manifest.requiredStatement).toEqual({ label: { en: ['Rights'] }, value: { none: ['© Қазақстан Республикасының Орталық мемлекеттік архиві'] } });
    expect(manifest).not.toHaveProperty('rights');
    expect(manifest).not.toHaveProperty('metadata');
    expect(manifest.label).toEqual({ none: ['«Қазақ», 1917 ж. 25 қазан, № 250'] });
    expect(iiifCheck()(manifest)).toEqual([]);
  });

  it('paints each page on a canvas of its pixel grid, labelled by its page label or number', () => {
    const { manifest } = exported();
    expect(manifest.items.map((canvas) => [canvas.id, canvas.label, canvas.width, canvas.height])).toEqual([
      [CANVAS(0), { none: ['1'] }, 2000, 3000],
      [CANVAS(1), { none: ['II'] }, 2000, 3000],
      [CANVAS(2), { none: ['3'] }, 1800, 2600],
    ]);
    expect(canvasOf(manifest, 2).items).toEqual([
      {
        id: `${CANVAS(2)}/painting`,
        type: 'AnnotationPage',
        items: [
          {
            id: `${CANVAS(2)}/painting/image`,
            type: 'Annotation',
            motivation: 'painting',
            body: { id: `${DOC_URI}/pages/2`, type: 'Image', format: 'image/jpeg', width: 1800, height: 2600 },
            target: CANVAS(2),
          },
        ],
      },
    ]);
  });

  it('supplements each page with its transcriptions in reading order; a page with none has no annotations', () => {
    const { manifest } = exported();
    expect(transcriptions(canvasOf(manifest, 0)).map((annotation) => annotation.id)).toEqual(
      ['reg-heading', 'reg-arabic', 'reg-advert'].map((id) => `${CANVAS(0)}/supplementing/${id}`),
    );
    expect(canvasOf(manifest, 0).annotations?.[0]?.id).toBe(`${CANVAS(0)}/supplementing`);
    expect(canvasOf(manifest, 1)).not.toHaveProperty('annotations');
    // The seal has no text: a viewer would draw an empty box.
    expect(transcriptions(canvasOf(manifest, 2)).map((annotation) => annotation.id)).toEqual([`${CANVAS(2)}/supplementing/reg-last`]);
  });

  it('targets a rectangle by the canvas’s media fragment and a polygon by an SvgSelector', () => {
    const [heading, arabic] = transcriptions(canvasOf(exported().manifest, 0));
    expect(heading).toMatchObject({
      motivation: 'supplementing',
      body: { type: 'TextualBody', value: '«Алашорда» үкіметі', format: 'text/plain', language: 'kk-Cyrl', textDirection: 'ltr' },
      target: `${CANVAS(0)}#xywh=100,50,801,121`,
    });
    expect(arabic).toMatchObject({
      body: { type: 'TextualBody', value: 'الاشوردا ۇكىمەتى', format: 'text/plain', language: 'kk-Arab', textDirection: 'rtl' },
      target: {
        type: 'SpecificResource',
        source: CANVAS(0),
        selector: { type: 'SvgSelector', value: '<svg xmlns="http://www.w3.org/2000/svg"><polygon points="100,300 1900,300 1900,900 100,950.5"/></svg>' },
      },
    });
  });

  it('keeps a transcription as plain text, markup and all, with no language or direction it was not given', () => {
    const advert = transcriptions(canvasOf(exported().manifest, 0))[2];
    expect(advert?.body).toEqual({ type: 'TextualBody', value: ADVERT.text, format: 'text/plain' });
  });
});
