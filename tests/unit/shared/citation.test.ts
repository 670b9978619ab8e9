import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Metadata } from '../../../src/shared/domain/metadata';
import { DocumentKind } from '../../../src/shared/domain/document';
import { CITATION_STYLES, cite, citedDate, toCslJson, type CitableDocument } from '../../../src/shared/text/citation';

/** The demo library's documents, which ship with the app: the fixtures a user first cites. */
const DEMO = (JSON.parse(readFileSync(join(import.meta.dirname, '../../../resources/demo/manifest.json'), 'utf8')) as { documents: CitableDocument[] }).documents.map(
  (doc) => ({ title: doc.title, kind: DocumentKind.parse(doc.kind), metadata: Metadata.parse(doc.metadata) }),
);

const demo = (kind: string): CitableDocument => {
  const doc = DEMO.find((d) => d.kind === kind);
  if (!doc) throw new Error(`the demo manifest has no ${kind}`);
  return doc;
};

/** «Қазақ» of 25 October 1917, old style; its ISO date is the new style. */
const QAZAQ: CitableDocument = {
  title: '«Қазақ», 1917 ж. 25 қазан, № 250',
  kind: 'newspaper-issue',
  metadata: { publication: '«Қазақ»', place: 'Орынбор', issueNumber: 250, calendar: 'julian', isoDate: '1917-11-07', language: 'kk' },
};

/** An old-style issue whose new-style date falls in the next year. */
const NEW_YEAR: CitableDocument = {
  title: '«Қазақ», № 256',
  kind: 'newspaper-issue',
  metadata: { publication: 'Қазақ', place: 'Орынбор', issueNumber: 256, calendar: 'julian', isoDate: '1918-01-07' },
};

/** An archival file cited by its reference alone. */
const ORDER: CitableDocument = {
  title: 'Бұйрық',
  kind: 'document',
  metadata: { archivalReference: { repository: 'ЦГА РК', fonds: '15', inventory: '1', file: '2', sheets: '12' } },
};

describe('the demo documents', () => {
  it('are the three kinds the demo ships', () => {
    expect(DEMO.map((d) => d.kind)).toEqual(['newspaper-issue', 'document', 'seal']);
  });

  it('cite the Sarıarqa issue in each style', () => {
    const issue = demo('newspaper-issue');
    expect(cite(issue, 'kazakh')).toBe('«Сарыарқа» газеті. – Семей, 1918. – 25 қараша. – № 28.');
    expect(cite(issue, 'gost')).toBe('Сарыарқа. – Семей, 1918. – 25 нояб. (№ 28).');
    expect(cite(issue, 'chicago-note')).toBe('Сарыарқа (Семей), November 25, 1918, no. 28.');
    expect(cite(issue, 'chicago-bibliography')).toBe('Сарыарқа. Семей. November 25, 1918, no. 28.');
  });

  it('cite the Alashorda order as an archival item', () => {
    const order = demo('document');
    expect(cite(order, 'kazakh')).toBe(
      'Алашорданың милиция жасақтары туралы бұйрығы, № 14. – Семей, 1918. – 2 желтоқсан // Демонстрациялық мұрағат. Д-1-қор, 1-тізбе, 2-іс, 12-парақ.',
    );
    expect(cite(order, 'gost')).toBe(
      'Алашорданың милиция жасақтары туралы бұйрығы, № 14. – Семей, 1918. – 2 дек. // Демонстрациялық мұрағат. Ф. Д-1. Оп. 1. Д. 2. Л. 12.',
    );
    expect(cite(order, 'chicago-note')).toBe(
      'Алашорданың милиция жасақтары туралы бұйрығы, № 14, Семей, December 2, 1918, f. Д-1, op. 1, d. 2, l. 12, Демонстрациялық мұрағат.',
    );
    expect(cite(order, 'chicago-bibliography')).toBe(
      'Алашорданың милиция жасақтары туралы бұйрығы, № 14. Семей, December 2, 1918. Демонстрациялық мұрағат, f. Д-1, op. 1, d. 2, l. 12.',
    );
  });

  it('cite the undated seal without a date', () => {
    const seal = demo('seal');
    expect(cite(seal, 'kazakh')).toBe('Алашорда мөрінің бедері. – Семей // Демонстрациялық мұрағат. Д-1-қор, 1-тізбе, 2-іс, 12-парақ.');
    expect(cite(seal, 'gost')).toBe('Алашорда мөрінің бедері. – Семей // Демонстрациялық мұрағат. Ф. Д-1. Оп. 1. Д. 2. Л. 12.');
  });

  it('become CSL-JSON items', () => {
    expect(toCslJson(demo('newspaper-issue'), 'saryarqa-1918-28')).toEqual({
      id: 'saryarqa-1918-28',
      type: 'article-newspaper',
      title: '«Сарыарқа», 1918 ж. 25 қараша, № 28',
      'container-title': 'Сарыарқа',
      issued: { 'date-parts': [[1918, 11, 25]] },
      'publisher-place': 'Семей',
      issue: '28',
      number: '28',
      archive: 'Демонстрациялық мұрағат',
      archive_location: 'f. Д-1, op. 1, d. 1, ll. 1–2',
      language: 'kk',
    });
    expect(toCslJson(demo('document'), 'order-14')).toEqual({
      id: 'order-14',
      type: 'manuscript',
      title: 'Алашорданың милиция жасақтары туралы бұйрығы, № 14',
      issued: { 'date-parts': [[1918, 12, 2]] },
      'publisher-place': 'Семей',
      archive: 'Демонстрациялық мұрағат',
      archive_location: 'f. Д-1, op. 1, d. 2, l. 12',
      language: 'kk',
    });
    const seal = toCslJson(demo('seal'), 'seal');
    expect(seal.type).toBe('manuscript');
    expect(seal).not.toHaveProperty('issued');
    expect(JSON.parse(JSON.stringify(seal))).toEqual(seal);
  });
});

describe('old-style dates', () => {
  it('read the ISO date as new style and cite the day as printed, old style', () => {
    expect(citedDate(QAZAQ.metadata)).toEqual({ printed: { year: 1917, month: 10, day: 25 }, newStyle: { year: 1917, month: 11, day: 7 } });
    expect(cite(QAZAQ, 'kazakh')).toBe('«Қазақ» газеті. – Орынбор, 1917. – 25 қазан [7 қараша]. – № 250.');
    expect(cite(QAZAQ, 'gost')).toBe('Қазақ. – Орынбор, 1917. – 25 окт. [7 нояб.] (№ 250).');
    expect(cite(QAZAQ, 'chicago-note')).toBe('Қазақ (Орынбор), October 25 [November 7], 1917, no. 250.');
  });

  it('give the new style its year when it is another', () => {
    expect(cite(NEW_YEAR, 'kazakh')).toBe('«Қазақ» газеті. – Орынбор, 1917. – 25 желтоқсан [1918 ж. 7 қаңтар]. – № 256.');
    expect(cite(NEW_YEAR, 'gost')).toBe('Қазақ. – Орынбор, 1917. – 25 дек. [7 янв. 1918 г.] (№ 256).');
    expect(cite(NEW_YEAR, 'chicago-note')).toBe('Қазақ (Орынбор), December 25, 1917 [January 7, 1918], no. 256.');
  });

  it('go to CSL as the Gregorian issued date with the old style in a note', () => {
    const item = toCslJson(QAZAQ, 'qazaq-250');
    expect(item.issued).toEqual({ 'date-parts': [[1917, 11, 7]] });
    expect(item.note).toBe('Dated old style (Julian): 1917-10-25');
    expect(item['container-title']).toBe('Қазақ');
  });
});

describe('archival references', () => {
  it('cite the reference alone the ГОСТ way: ЦГА РК. Ф. 15. Оп. 1. Д. 2. Л. 12.', () => {
    expect(cite(ORDER, 'gost')).toBe('Бұйрық // ЦГА РК. Ф. 15. Оп. 1. Д. 2. Л. 12.');
    expect(cite(ORDER, 'kazakh')).toBe('Бұйрық // ЦГА РК. 15-қор, 1-тізбе, 2-іс, 12-парақ.');
    expect(cite(ORDER, 'chicago-note')).toBe('Бұйрық, f. 15, op. 1, d. 2, l. 12, ЦГА РК.');
  });

  it('name several sheets in the plural', () => {
    const sheets = { ...ORDER, metadata: { archivalReference: { ...ORDER.metadata.archivalReference, sheets: '12–14' } } };
    expect(cite(sheets, 'kazakh')).toContain('12–14-парақтар');
    expect(cite(sheets, 'chicago-note')).toContain('ll. 12–14');
    expect(cite(sheets, 'gost')).toContain('Л. 12–14.');
  });
});

describe('sparse metadata', () => {
  it('falls back on the date as printed, and on the title', () => {
    const printed: CitableDocument = { title: 'Сарыарқа', kind: 'newspaper-issue', metadata: { publication: 'Сарыарқа', dateAsPrinted: '1918 ж. 25 қараша' } };
    expect(cite(printed, 'kazakh')).toBe('«Сарыарқа» газеті. – 1918 ж. 25 қараша.');
    expect(toCslJson(printed, 'x').issued).toEqual({ literal: '1918 ж. 25 қараша' });
    const bare: CitableDocument = { title: 'Фото', kind: 'photograph', metadata: {} };
    for (const style of CITATION_STYLES) expect(cite(bare, style), style).toBe('Фото.');
    expect(toCslJson(bare, 'p')).toEqual({ id: 'p', type: 'graphic', title: 'Фото' });
  });

  it('cites a newspaper issue without a publication as an item', () => {
    const untitled: CitableDocument = { title: 'Газет беті', kind: 'newspaper-issue', metadata: { issueNumber: 3 } };
    expect(cite(untitled, 'kazakh')).toBe('Газет беті.');
    expect(toCslJson(untitled, 'u').type).toBe('manuscript');
  });
});
