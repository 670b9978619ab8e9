import { describe, expect, it } from 'vitest';
import { changesFromForm, errorsFromServer, fieldOfPath, formFromDocument, sameForm, validateForm, type MetadataForm } from '../../../src/renderer/src/metadata/metadata-form';

const saryarqa = {
  title: '«Сарыарқа», 1918 ж. 25 қараша, № 28',
  kind: 'newspaper-issue' as const,
  metadata: {
    publication: 'Сарыарқа',
    place: 'Семей',
    issueNumber: 28,
    dateAsPrinted: '1918 ж. 25 қараша',
    calendar: 'gregorian' as const,
    isoDate: '1918-11-25',
    language: 'kk',
    script: 'Cyrl',
    archivalReference: { repository: 'ҚР ОМА', fonds: 'Р-15', sheets: '1–2' },
    notes: 'Бірінші жол\nекінші жол',
  },
  tags: ['газет'],
  collections: ['c-1918'],
};
const form = (changes: Partial<MetadataForm> = {}): MetadataForm => ({ ...formFromDocument(saryarqa), ...changes });

describe('the description form', () => {
  it('round-trips a document’s description', () => {
    const { changes, errors } = validateForm(form());
    expect(errors).toEqual({});
    expect(changes).toEqual(saryarqa);
  });

  it('leaves out emptied fields, so clearing a field removes it', () => {
    const changes = changesFromForm(form({ place: '  ', issueNumber: '', calendar: '', repository: '', fonds: '', sheets: '' }));
    expect(changes.metadata).not.toHaveProperty('place');
    expect(changes.metadata).not.toHaveProperty('issueNumber');
    expect(changes.metadata).not.toHaveProperty('calendar');
    expect(changes.metadata).not.toHaveProperty('archivalReference');
  });

  it('says a date that does not exist is not a real date, and a badly written one how to write it', () => {
    expect(validateForm(form({ isoDate: '1918-02-30' })).errors).toEqual({ isoDate: { key: 'isoDateNotReal', value: '1918-02-30' } });
    expect(validateForm(form({ isoDate: '25.11.1918' })).errors).toEqual({ isoDate: { key: 'isoDateFormat' } });
    expect(validateForm(form({ isoDate: '1916-02-29' })).errors).toEqual({});
  });

  it('wants an issue number to be a whole positive number', () => {
    for (const issueNumber of ['28a', '2.5', '0', '-3', '1e3', '0x1A']) {
      expect(validateForm(form({ issueNumber })).errors, issueNumber).toEqual({ issueNumber: { key: 'issueNumber' } });
    }
    expect(validateForm(form({ issueNumber: ' 255 ' })).changes?.metadata?.issueNumber).toBe(255);
  });

  it('checks the title, language tag, script code and lengths', () => {
    expect(validateForm(form({ title: '   ' })).errors).toEqual({ title: { key: 'titleRequired' } });
    expect(validateForm(form({ language: 'kazakh language' })).errors).toEqual({ language: { key: 'language' } });
    expect(validateForm(form({ script: 'arab' })).errors).toEqual({ script: { key: 'script' } });
    expect(validateForm(form({ fonds: 'x'.repeat(101) })).errors).toEqual({ fonds: { key: 'tooLong', max: 100 } });
    expect(validateForm(form({ tags: ['x'.repeat(101)] })).errors).toEqual({ tags: { key: 'tooLong', max: 100 } });
  });

  it('places the server’s problems on their fields', () => {
    expect(fieldOfPath('changes.metadata.archivalReference.fonds')).toBe('fonds');
    expect(fieldOfPath(['metadata', 'calendar'])).toBe('calendar');
    expect(fieldOfPath(['tags', 3])).toBe('tags');
    expect(fieldOfPath('id')).toBeUndefined();
    expect(errorsFromServer([{ path: 'changes.metadata.isoDate', message: 'must be a real date' }])).toEqual({ isoDate: { key: 'invalid', message: 'must be a real date' } });
  });

  it('tells an edited form from an untouched one', () => {
    expect(sameForm(form(), form())).toBe(true);
    expect(sameForm(form(), form({ notes: 'x' }))).toBe(false);
  });
});
