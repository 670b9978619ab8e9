import { describe, expect, it } from 'vitest';
import { EMPTY_SEAL_FORM, fieldsOfForm, sealFormOf, validateSealForm } from '../../../src/renderer/src/seals/seal-form';

describe('the seal form', () => {
  it('round-trips a seal, its image page counted from 1 in the form and from 0 in the catalogue', () => {
    const seal = { inscription: 'الاش اوردا', inscriptionScript: 'Arab', owner: 'Алашорда', dates: '1917–1920', image: { docId: 'seal-doc-1', page: 0 } };
    const form = sealFormOf(seal);
    expect(form.imagePage).toBe('1');
    expect(validateSealForm(form)).toEqual({ fields: seal, errors: {} });
  });

  it('leaves out empty fields and the image when no document is chosen', () => {
    expect(fieldsOfForm({ ...EMPTY_SEAL_FORM, owner: '  Алашорда ' })).toEqual({ owner: 'Алашорда' });
  });

  it('says what is wrong with a script code, a page or a length', () => {
    expect(validateSealForm({ ...EMPTY_SEAL_FORM, inscriptionScript: 'arabic' }).errors).toEqual({ inscriptionScript: { key: 'script' } });
    expect(validateSealForm({ ...EMPTY_SEAL_FORM, imageDocId: 'seal-doc-1', imagePage: '0' }).errors).toEqual({ imagePage: { key: 'page' } });
    expect(validateSealForm({ ...EMPTY_SEAL_FORM, imageDocId: 'seal-doc-1', imagePage: 'one' }).errors).toEqual({ imagePage: { key: 'page' } });
    expect(validateSealForm({ ...EMPTY_SEAL_FORM, dates: 'x'.repeat(201) }).errors).toEqual({ dates: { key: 'tooLong', max: 200 } });
  });
});
