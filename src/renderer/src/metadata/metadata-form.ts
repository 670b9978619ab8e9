import type { z } from 'zod';
import { DocumentChanges } from '../../../shared/contract';
import type { ArchiveDocument, DocumentKind } from '../../../shared/domain/document';
import type { Metadata } from '../../../shared/domain/metadata';

/** The description as the form holds it: text fields as typed, so a wrong value can be shown and fixed. */
export interface MetadataForm {
  title: string;
  kind: DocumentKind;
  publication: string;
  place: string;
  issueNumber: string;
  dateAsPrinted: string;
  calendar: '' | NonNullable<Metadata['calendar']>;
  isoDate: string;
  language: string;
  script: string;
  repository: string;
  fonds: string;
  inventory: string;
  file: string;
  sheets: string;
  rights: string;
  notes: string;
  tags: string[];
  collections: string[];
}

export type TextField = Exclude<keyof MetadataForm, 'kind' | 'calendar' | 'tags' | 'collections'>;
export type FormField = keyof MetadataForm;

/** What a field's problem is; the panel turns it into a sentence in the reader's language. */
export type FieldProblem =
  | { key: 'titleRequired' }
  | { key: 'isoDateFormat' }
  | { key: 'isoDateNotReal'; value: string }
  | { key: 'issueNumber' }
  | { key: 'language' }
  | { key: 'script' }
  | { key: 'tooLong'; max: number }
  | { key: 'tooMany'; max: number }
  | { key: 'invalid'; message: string };

export type FormErrors = Partial<Record<FormField, FieldProblem>>;

export function formFromDocument(doc: Pick<ArchiveDocument, 'title' | 'kind' | 'metadata' | 'tags' | 'collections'>): MetadataForm {
  const m = doc.metadata;
  const ref = m.archivalReference ?? {};
  return {
    title: doc.title,
    kind: doc.kind,
    publication: m.publication ?? '',
    place: m.place ?? '',
    issueNumber: m.issueNumber === undefined ? '' : String(m.issueNumber),
    dateAsPrinted: m.dateAsPrinted ?? '',
    calendar: m.calendar ?? '',
    isoDate: m.isoDate ?? '',
    language: m.language ?? '',
    script: m.script ?? '',
    repository: ref.repository ?? '',
    fonds: ref.fonds ?? '',
    inventory: ref.inventory ?? '',
    file: ref.file ?? '',
    sheets: ref.sheets ?? '',
    rights: m.rights ?? '',
    notes: m.notes ?? '',
    tags: [...doc.tags],
    collections: [...doc.collections],
  };
}

/** Empty fields are left out: an archivist who clears a field removes it. */
function present<T extends Record<string, string | number | undefined>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}

/** A whole number as typed («28»); anything else is NaN, which the schema refuses. */
const wholeNumber = (text: string) => (/^\d+$/.test(text) ? Number(text) : NaN);

/** The changes the form describes, in the contract's shape, before validation. */
export function changesFromForm(form: MetadataForm): z.input<typeof DocumentChanges> {
  const t = (value: string) => value.trim();
  const reference = present({ repository: t(form.repository), fonds: t(form.fonds), inventory: t(form.inventory), file: t(form.file), sheets: t(form.sheets) });
  const issue = t(form.issueNumber);
  const metadata: Metadata = {
    ...present({
      publication: t(form.publication),
      place: t(form.place),
      dateAsPrinted: t(form.dateAsPrinted),
      isoDate: t(form.isoDate),
      language: t(form.language),
      script: t(form.script),
      rights: t(form.rights),
      // Notes keep their line breaks and inner spacing; only the ends are trimmed.
      notes: form.notes.trim(),
    }),
    ...(issue === '' ? {} : { issueNumber: wholeNumber(issue) }),
    ...(form.calendar === '' ? {} : { calendar: form.calendar }),
    ...(Object.keys(reference).length > 0 ? { archivalReference: reference } : {}),
  };
  return { title: form.title, kind: form.kind, metadata, tags: form.tags, collections: form.collections };
}

const FIELD_OF_PATH: Readonly<Record<string, FormField>> = {
  title: 'title',
  kind: 'kind',
  tags: 'tags',
  collections: 'collections',
  'metadata.calendar': 'calendar',
};

/** The form field a contract path («metadata.archivalReference.fonds», «changes.title») belongs to. */
export function fieldOfPath(path: readonly PropertyKey[] | string): FormField | undefined {
  const parts = (typeof path === 'string' ? path.split('.') : path.map(String)).filter((p) => p !== 'changes' && !/^\d+$/.test(p));
  const joined = parts.join('.');
  if (FIELD_OF_PATH[joined]) return FIELD_OF_PATH[joined];
  const last = parts.at(-1);
  const textFields: readonly string[] = [
    'publication', 'place', 'issueNumber', 'dateAsPrinted', 'isoDate', 'language', 'script', 'repository', 'fonds', 'inventory', 'file', 'sheets', 'rights', 'notes',
  ];
  return last !== undefined && textFields.includes(last) ? (last as TextField) : undefined;
}

/** A zod issue as the problem the archivist needs to fix, by field. */
function problemOf(field: FormField, issue: z.core.$ZodIssue, form: MetadataForm): FieldProblem {
  if (issue.code === 'too_big') return { key: issue.origin === 'array' ? 'tooMany' : 'tooLong', max: Number(issue.maximum) };
  switch (field) {
    case 'title':
      return { key: 'titleRequired' };
    case 'isoDate':
      return /^\d{4}-\d{2}-\d{2}$/.test(form.isoDate.trim()) ? { key: 'isoDateNotReal', value: form.isoDate.trim() } : { key: 'isoDateFormat' };
    case 'issueNumber':
      return { key: 'issueNumber' };
    case 'language':
      return { key: 'language' };
    case 'script':
      return { key: 'script' };
    default:
      return { key: 'invalid', message: issue.message };
  }
}

/** Checks the form with the contract's own schema; the changes are there only when valid. */
export function validateForm(form: MetadataForm): { changes?: z.output<typeof DocumentChanges>; errors: FormErrors } {
  const parsed = DocumentChanges.safeParse(changesFromForm(form));
  if (parsed.success) return { changes: parsed.data, errors: {} };
  const errors: FormErrors = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOfPath(issue.path);
    if (field && !errors[field]) errors[field] = problemOf(field, issue, form);
  }
  return { errors };
}

/** Problems the server reported for fields (its paths name the arguments: changes.metadata.isoDate). */
export function errorsFromServer(issues: readonly { path: string; message: string }[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    if (field && !errors[field]) errors[field] = { key: 'invalid', message: issue.message };
  }
  return errors;
}

export const sameForm = (a: MetadataForm, b: MetadataForm): boolean => JSON.stringify(a) === JSON.stringify(b);
