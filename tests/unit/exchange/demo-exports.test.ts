import { describe, expect, it } from 'vitest';
import { ExportFormat } from '../../../src/shared/domain/exchange';
import { demoLibrary } from '../../support/library';
import { iiifCheck, validateW3cCollection } from '../../support/validate-json';
import { validateAlto, validatePageXml, validateTei } from '../../support/validate-xml';

/** Each format's official check: the validator's complaints, none when the file is valid. */
const VALIDATORS: Partial<Record<ExportFormat, (content: string) => string | string[]>> = {
  page: validatePageXml,
  alto: validateAlto,
  tei: validateTei,
  w3c: (content) => validateW3cCollection(JSON.parse(content)),
  iiif: (content) => iiifCheck()(JSON.parse(content)),
};

/** The conformance check of issue 7: every document of the demo archive, in every format with a schema, validates. */
describe('exports of the demo archive', () => {
  const demo = demoLibrary();

  it.each(Object.keys(VALIDATORS) as ExportFormat[])('validates as %s against the official schema', async (format) => {
    const validate = VALIDATORS[format];
    if (!validate) throw new Error(`no validator for ${format}`);
    let files = 0;
    for (const docId of demo.docIds()) {
      const doc = await demo.archive().service.getDocument({ id: docId });
      const { files: made } = await demo.archive().service.exportDocument({ docId, format, textScript: 'as-typed' });
      // PAGE and ALTO describe one page each.
      expect(made).toHaveLength(format === 'page' || format === 'alto' ? doc.pages.length : 1);
      for (const file of made) {
        const errors = validate(file.content);
        expect(errors, `${docId} ${file.name}`).toEqual(Array.isArray(errors) ? [] : '');
        files++;
      }
    }
    expect(files).toBeGreaterThanOrEqual(demo.docIds().length);
  });

  it('carries every transcribed region of the demo newspaper into PAGE, and reads back as already there', async () => {
    const newspaper = (await demo.archive().service.listDocuments({})).find((d) => d.kind === 'newspaper-issue');
    if (!newspaper) throw new Error('the demo newspaper is missing');
    const { regions } = await demo.archive().service.getAnnotations({ docId: newspaper.id });
    expect(regions.length).toBeGreaterThan(0);
    const { files } = await demo.archive().service.exportDocument({ docId: newspaper.id, format: 'page', textScript: 'as-typed' });
    for (const [page, file] of files.entries()) {
      const onPage = regions.filter((r) => r.page === page);
      // Already there: each region came back with the same outline and the same text.
      const report = await demo.archive().service.importAnnotations({ docId: newspaper.id, fileName: file.name, content: file.content, author: 'Айгүл' });
      expect(report.pages.map(({ page: at, added, alreadyThere }) => ({ at, added, alreadyThere }))).toEqual([{ at: page, added: [], alreadyThere: onPage.length }]);
    }
    expect((await demo.archive().service.getAnnotations({ docId: newspaper.id })).regions).toHaveLength(regions.length);
  });
});
