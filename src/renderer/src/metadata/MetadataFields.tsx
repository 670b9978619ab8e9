import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collection } from '../../../shared/domain/catalog';
import { DocumentKind } from '../../../shared/domain/document';
import { KindOptions } from '../ui/KindOptions';
import { Calendar } from '../../../shared/domain/metadata';
import { CollectionChecklist } from '../collections/CollectionChecklist';
import { formatIsoDate } from '../library/format-date';
import { TextField } from '../ui/TextField';
import type { FormErrors, MetadataForm, TextField as TextFieldName } from './metadata-form';
import { problemText } from './problem-text';
import { TagInput } from './TagInput';

interface MetadataFieldsProps {
  form: MetadataForm;
  errors: FormErrors;
  change: (patch: Partial<MetadataForm>) => void;
  collections: Collection[];
  allTags: readonly string[];
  publications: readonly string[];
}

const LANGUAGES = ['kk', 'kk-Arab', 'kk-Cyrl', 'ru', 'tt', 'uz', 'ky', 'ar', 'fa', 'tr'];
const SCRIPTS = ['Arab', 'Cyrl', 'Latn'];

/** Every field of a document's description, grouped as an archivist reads a catalogue card. */
export function MetadataFields({ form, errors, change, collections, allTags, publications }: MetadataFieldsProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const text = (name: TextFieldName, extra: { hint?: string; multiline?: boolean; suggestions?: readonly string[]; inputMode?: 'numeric' } = {}) => (
    <TextField
      label={t(`metadata.fields.${name}`)}
      value={form[name]}
      onChange={(value) => change({ [name]: value })}
      problem={problemText(t, errors[name])}
      testId={`meta-${name}`}
      {...extra}
    />
  );
  const isoPreview = errors.isoDate || !form.isoDate.trim() ? t('metadata.hints.isoDate') : formatIsoDate(form.isoDate.trim(), i18n.language);
  return (
    <>
      <div className="field-group">
        {text('title')}
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('metadata.fields.kind')}</label>
          <select id={`${id}-kind`} value={form.kind} onChange={(event) => change({ kind: DocumentKind.parse(event.target.value) })} data-testid="meta-kind">
            <KindOptions />
          </select>
        </div>
      </div>
      <fieldset className="field-group">
        <legend>{t('metadata.groups.publication')}</legend>
        {text('publication', { suggestions: publications })}
        <div className="field-row">
          {text('place')}
          {text('issueNumber', { inputMode: 'numeric' })}
        </div>
      </fieldset>
      <fieldset className="field-group">
        <legend>{t('metadata.groups.date')}</legend>
        {text('dateAsPrinted', { hint: t('metadata.hints.dateAsPrinted') })}
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-calendar`}>{t('metadata.fields.calendar')}</label>
            <select id={`${id}-calendar`} value={form.calendar} onChange={(event) => change({ calendar: Calendar.safeParse(event.target.value).data ?? '' })} data-testid="meta-calendar">
              <option value="">{t('metadata.calendar.none')}</option>
              {Calendar.options.map((calendar) => (
                <option key={calendar} value={calendar}>
                  {t(`metadata.calendar.${calendar}`)}
                </option>
              ))}
            </select>
          </div>
          {text('isoDate', { hint: isoPreview })}
        </div>
      </fieldset>
      <fieldset className="field-group">
        <legend>{t('metadata.groups.language')}</legend>
        <div className="field-row">
          {text('language', { hint: t('metadata.hints.language'), suggestions: LANGUAGES })}
          {text('script', { hint: t('metadata.hints.script'), suggestions: SCRIPTS })}
        </div>
      </fieldset>
      <fieldset className="field-group">
        <legend>{t('metadata.groups.reference')}</legend>
        {text('repository')}
        <div className="field-row">
          {text('fonds')}
          {text('inventory')}
          {text('file')}
          {text('sheets')}
        </div>
      </fieldset>
      <fieldset className="field-group">
        <legend>{t('metadata.groups.notes')}</legend>
        {text('rights', { multiline: true })}
        {text('notes', { multiline: true })}
      </fieldset>
      <div className="field-group">
        <TagInput label={t('metadata.fields.tags')} tags={form.tags} onChange={(tags) => change({ tags })} suggestions={allTags} problem={problemText(t, errors.tags)} />
        <CollectionChecklist collections={collections} chosen={form.collections} onChange={(chosen) => change({ collections: chosen })} />
      </div>
    </>
  );
}
