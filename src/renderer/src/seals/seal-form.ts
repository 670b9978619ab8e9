import type { z } from 'zod';
import { SealFields, type Seal } from '../../../shared/domain/catalog';

/** A seal's description as the form holds it; the reference image's page is 1-based as people count. */
export interface SealForm {
  inscription: string;
  inscriptionScript: string;
  owner: string;
  dates: string;
  notes: string;
  imageDocId: string;
  imagePage: string;
}

export type SealField = keyof SealForm;

export type SealProblem = { key: 'script' } | { key: 'page' } | { key: 'tooLong'; max: number } | { key: 'invalid'; message: string };

export type SealErrors = Partial<Record<SealField, SealProblem>>;

export const EMPTY_SEAL_FORM: SealForm = { inscription: '', inscriptionScript: '', owner: '', dates: '', notes: '', imageDocId: '', imagePage: '1' };

export function sealFormOf(seal: Partial<Seal>): SealForm {
  return {
    inscription: seal.inscription ?? '',
    inscriptionScript: seal.inscriptionScript ?? '',
    owner: seal.owner ?? '',
    dates: seal.dates ?? '',
    notes: seal.notes ?? '',
    imageDocId: seal.image?.docId ?? '',
    imagePage: seal.image ? String(seal.image.page + 1) : '1',
  };
}

/** The fields in the contract's shape: empty ones left out, the page counted from 0. */
export function fieldsOfForm(form: SealForm): z.input<typeof SealFields> {
  const text = Object.fromEntries(
    (['inscription', 'inscriptionScript', 'owner', 'dates', 'notes'] as const)
      .map((key) => [key, form[key].trim()] as const)
      .filter(([, value]) => value !== ''),
  );
  const page = /^\d+$/.test(form.imagePage.trim()) ? Number(form.imagePage.trim()) - 1 : NaN;
  return { ...text, ...(form.imageDocId ? { image: { docId: form.imageDocId, page } } : {}) };
}

function fieldOf(path: readonly PropertyKey[]): SealField | undefined {
  const [first, second] = path.map(String);
  if (first === 'image') return second === 'page' ? 'imagePage' : 'imageDocId';
  const fields: readonly string[] = ['inscription', 'inscriptionScript', 'owner', 'dates', 'notes'];
  return first !== undefined && fields.includes(first) ? (first as SealField) : undefined;
}

/** Checks the form with the contract's SealFields; the fields are there only when valid. */
export function validateSealForm(form: SealForm): { fields?: z.output<typeof SealFields>; errors: SealErrors } {
  const parsed = SealFields.strict().safeParse(fieldsOfForm(form));
  if (parsed.success) return { fields: parsed.data, errors: {} };
  const errors: SealErrors = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path);
    if (!field || errors[field]) continue;
    if (issue.code === 'too_big') errors[field] = { key: 'tooLong', max: Number(issue.maximum) };
    else if (field === 'inscriptionScript') errors[field] = { key: 'script' };
    else if (field === 'imagePage') errors[field] = { key: 'page' };
    else errors[field] = { key: 'invalid', message: issue.message };
  }
  return { errors };
}
