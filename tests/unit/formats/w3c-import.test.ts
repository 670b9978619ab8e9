import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectAnnotationFormat } from '../../../src/main/archive/formats/exchange/detect-annotation-format';
import { readW3c } from '../../../src/main/archive/formats/w3c/read-w3c';
import { corpusFile } from '../../support/corpus';

const SAMPLES = corpusFile('schemas/web-annotation/w3c-web-annotation-tests/tools/samples/correct');
const sample = (name: string) => readFileSync(join(SAMPLES, name), 'utf8');

describe('W3C import: the official correct samples', () => {
  it('reads the image annotation with an #xywh= target (anno4) as one region on that image', () => {
    const [page, ...more] = readW3c(sample('anno4.json'));
    expect(more).toEqual([]);
    expect(page).toMatchObject({ format: 'w3c', unit: 'pixel', imageName: 'image1' });
    expect(page?.pageIndex).toBeUndefined();
    expect(page?.regions).toEqual([
      expect.objectContaining({ what: 'annotation http://example.org/anno4', shape: { type: 'rect', x: 100, y: 100, width: 300, height: 300 }, kind: 'text', order: 0, text: '' }),
    ]);
    // Its body is a link to a description elsewhere: not text in the file.
    expect(page?.skipped).toEqual([{ what: 'annotation http://example.org/anno4', reason: 'not-supported', why: expect.stringContaining('a body that is a link') as unknown }]);
  });

  it('reads every correct sample that holds its annotations, and accounts for every annotation in them', () => {
    const names = readdirSync(SAMPLES).filter((name) => name.endsWith('.json') && name !== 'example41.json');
    expect(names.length).toBeGreaterThan(40);
    for (const name of names) {
      const text = sample(name);
      expect(detectAnnotationFormat(text)).toBe('w3c');
      const pages = readW3c(text);
      const ids = new Set([...text.matchAll(/"id": "(http:\/\/example\.org\/anno\d+)"/g)].map((m) => m[1]));
      const accounted = new Set(pages.flatMap((p) => [...p.regions.map((r) => r.sourceId), ...p.skipped.map((s) => s.what.replace('annotation ', ''))]));
      for (const id of ids) expect(accounted, `${name}: ${id}`).toContain(id);
      // Only an #xywh= fragment selects an area of an image in these samples.
      expect(pages.flatMap((p) => p.regions)).toHaveLength((text.match(/#xywh=/g) ?? []).length);
    }
  });

  it('reads the collection sample: one region, forty annotations skipped with reasons', () => {
    const pages = readW3c(sample('collection1.json'));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.regions.map((r) => r.sourceId)).toEqual(['http://example.org/anno4']);
    const skipped = pages[0]?.skipped ?? [];
    expect(skipped.filter((s) => s.why.startsWith('its'))).toHaveLength(40);
    expect(skipped.find((s) => s.what === 'annotation http://example.org/anno27')?.why).toMatch(/TextPositionSelector/);
    expect(skipped.find((s) => s.what === 'annotation http://example.org/anno1')?.why).toMatch(/whole resource/);
  });

  it('refuses a collection whose pages are only linked (example41)', () => {
    expect(() => readW3c(sample('example41.json'))).toThrow(/pages are not in the file: its first page is a link \(http:\/\/example.org\/page1\)/);
  });
});

const BASE = 'https://archive.example.org/muragat/documents/d-7f3a/pages/2';
const annotationPage = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'AnnotationPage',
  items: [
    {
      id: 'urn:a1',
      type: 'Annotation',
      motivation: 'transcribing',
      body: [
        { type: 'TextualBody', value: 'Қазақ  елі\nекінші жол', language: 'kk-Arab', textDirection: 'rtl', purpose: 'transcribing' },
        { type: 'TextualBody', value: ' seal ', purpose: 'tagging' },
        { type: 'TextualBody', value: 'a remark', purpose: 'commenting' },
      ],
      target: { type: 'SpecificResource', source: BASE, selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: 'xywh=pixel:10,20,30.5,40' } },
    },
    {
      id: 'urn:a2',
      type: 'Annotation',
      body: { type: 'TextualBody', value: 'polygon' },
      target: { source: { id: BASE, type: 'Image' }, selector: { type: 'SvgSelector', value: '<svg xmlns="http://www.w3.org/2000/svg"><polygon points="1,1 50,1 50,40 1,40"/></svg>' } },
    },
    {
      id: 'urn:a3',
      type: 'Annotation',
      bodyValue: 'path',
      target: { source: BASE, selector: [{ type: 'CssSelector', value: '#x' }, { type: 'SvgSelector', value: '<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:path d="M 100 100 L 200,100 L200 150 Z"/></svg:svg>' }] },
    },
    { id: 'urn:a4', type: 'Annotation', target: { source: BASE, selector: { type: 'SvgSelector', value: '<svg><path d="M0,0 C 10,10 20,20 30,0 Z"/></svg>' } } },
    { id: 'urn:a5', type: 'Annotation', target: { source: BASE, selector: { type: 'FragmentSelector', value: 'xywh=percent:10,10,50,50' } } },
    { id: 'urn:a6', type: 'Annotation', body: { type: 'TextualBody', value: '<p>One &amp; <b>two</b></p><p>three</p>', format: 'text/html' }, target: 'https://iiif.example.org/book/canvas/5#xywh=1,2,3,4' },
    { type: 'Annotation', body: { type: 'TextualBody', value: 'no target' } },
    { id: 'urn:a8', type: 'Annotation', body: { type: 'Choice', items: [{ type: 'TextualBody', value: 'first' }, { type: 'TextualBody', value: 'second' }] }, target: { source: BASE, selector: { type: 'SvgSelector', value: '<svg><rect x="5" y="6" width="7" height="8"/></svg>' } } },
    { id: 'urn:a9', type: 'Annotation', target: { source: BASE, selector: { type: 'FragmentSelector', value: 'xywh=1,2,0,4' } } },
    { id: 'urn:a10', type: 'Annotation', target: { source: BASE, selector: { type: 'SvgSelector', value: '<svg><circle cx="5" cy="5" r="3"/></svg>' } } },
  ],
};

describe('W3C import: selectors, bodies and pages', () => {
  const pages = readW3c(JSON.stringify(annotationPage));
  const [first, second] = pages;
  const regionOf = (id: string) => pages.flatMap((p) => p.regions).find((r) => r.sourceId === id);

  it('groups by the image annotated, and knows our page addresses and IIIF canvases by their number', () => {
    expect(pages).toHaveLength(2);
    expect(first?.pageIndex).toBe(2);
    expect(first?.imageName).toBeUndefined();
    expect(first?.regions.map((r) => [r.sourceId, r.order])).toEqual([
      ['urn:a1', 0],
      ['urn:a2', 1],
      ['urn:a3', 2],
      ['urn:a8', 3],
    ]);
    expect(second).toMatchObject({ pageIndex: 5, regions: [{ sourceId: 'urn:a6', shape: { type: 'rect', x: 1, y: 2, width: 3, height: 4 } }] });
  });

  it('reads xywh, SVG polygons, straight paths and rects', () => {
    expect(regionOf('urn:a1')?.shape).toEqual({ type: 'rect', x: 10, y: 20, width: 30.5, height: 40 });
    expect(regionOf('urn:a2')?.shape).toEqual({ type: 'polygon', points: [[1, 1], [50, 1], [50, 40], [1, 40]] });
    expect(regionOf('urn:a3')?.shape).toEqual({ type: 'polygon', points: [[100, 100], [200, 100], [200, 150]] });
    expect(regionOf('urn:a8')?.shape).toEqual({ type: 'rect', x: 5, y: 6, width: 7, height: 8 });
  });

  it('takes transcriptions as text exactly, tags as tags, HTML as plain text, a Choice by its first item', () => {
    expect(regionOf('urn:a1')).toMatchObject({ text: 'Қазақ  елі\nекінші жол', language: 'kk-Arab', direction: 'rtl', tags: ['seal'], kind: 'text' });
    expect(regionOf('urn:a2')).toMatchObject({ text: 'polygon', direction: 'auto', tags: [] });
    expect(regionOf('urn:a3')?.text).toBe('path');
    expect(regionOf('urn:a6')?.text).toBe('One & two\nthree');
    expect(regionOf('urn:a8')?.text).toBe('first');
  });

  it('lists what it could not place, with the annotation and the reason', () => {
    expect(first?.skipped).toEqual([
      { what: 'annotation urn:a1', reason: 'not-supported', why: 'not imported: a commenting body' },
      { what: 'annotation urn:a4', reason: 'no-coordinates', why: expect.stringMatching(/uses "C"; only straight lines/) as unknown },
      { what: 'annotation urn:a5', reason: 'no-coordinates', why: expect.stringMatching(/percent/) as unknown },
      { what: 'annotation #7', reason: 'no-coordinates', why: 'it has no target' },
      { what: 'annotation urn:a9', reason: 'no-coordinates', why: expect.stringMatching(/no width or height/) as unknown },
      { what: 'annotation urn:a10', reason: 'no-coordinates', why: expect.stringMatching(/circle is not an outline of straight edges/) as unknown },
    ]);
    expect(second?.skipped).toEqual([]);
  });

  it('reads a single annotation, a list, and a collection with its pages embedded', () => {
    const [one] = annotationPage.items;
    expect(readW3c(JSON.stringify(one))[0]?.regions).toHaveLength(1);
    expect(readW3c(JSON.stringify(annotationPage.items)).flatMap((p) => p.regions)).toHaveLength(5);
    const collection = { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: annotationPage.items.slice(0, 2), next: { type: 'AnnotationPage', items: annotationPage.items.slice(2) } } };
    expect(readW3c(JSON.stringify(collection)).flatMap((p) => p.regions)).toHaveLength(5);
    // A page that only links the next one: what it holds is read, the link reported.
    const [linked] = readW3c(sample('example42.json'));
    expect(linked?.skipped[0]).toEqual({ what: 'annotation page http://example.org/page2', reason: 'elsewhere', why: expect.stringContaining('only linked') as unknown });
  });

  it('gives one page with only skips when nothing selects an area', () => {
    expect(readW3c(JSON.stringify({ type: 'Annotation', id: 'x', target: 'http://example.org/image.jpg' }))).toEqual([
      { format: 'w3c', unit: 'pixel', regions: [], skipped: [{ what: 'annotation x', reason: 'no-coordinates', why: 'its target is a whole resource, with no area selected' }] },
    ]);
  });
});

describe('W3C import: bad input is refused with a clear reason', () => {
  it('refuses malformed JSON, other JSON, and an empty file', () => {
    expect(() => readW3c('{"type": "Annotation",')).toThrow(/not valid JSON/);
    expect(() => detectAnnotationFormat('{"type": "Annotation",')).toThrow(/not valid JSON/);
    expect(() => readW3c('{"type": "Manifest"}')).toThrow(/not W3C Web Annotation/);
    expect(() => detectAnnotationFormat('[1, 2]')).toThrow(/not W3C Web Annotation/);
    expect(() => readW3c('')).toThrow(/not valid JSON/);
    expect(() => detectAnnotationFormat('')).toThrow(/empty/);
    expect(() => detectAnnotationFormat('hello')).toThrow(/neither XML nor JSON/);
  });

  it('refuses more regions than a page holds', () => {
    const items = Array.from({ length: 100_001 }, (_, i) => ({ type: 'Annotation', id: `a${i}`, target: 'http://example.org/page.jpg#xywh=1,2,3,4' }));
    expect(() => readW3c(JSON.stringify({ type: 'AnnotationPage', items }))).toThrow(/100001 regions on one page/);
  });

  it('does not trip on SVG with entity declarations', () => {
    const svg = '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg><polygon points="&a;"/></svg>';
    const [page] = readW3c(JSON.stringify({ type: 'Annotation', id: 'bomb', target: { source: BASE, selector: { type: 'SvgSelector', value: svg } } }));
    expect(page?.skipped[0]?.why).toMatch(/not readable SVG.*declares entities/);
  });
});
