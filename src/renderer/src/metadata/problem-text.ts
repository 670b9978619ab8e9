import type { TFunction } from 'i18next';
import type { FieldProblem } from './metadata-form';

/** A field's problem as a sentence in the reader's language. */
export function problemText(t: TFunction, problem: FieldProblem | undefined): string | undefined {
  if (!problem) return undefined;
  switch (problem.key) {
    case 'isoDateNotReal':
      return t('metadata.errors.isoDateNotReal', { value: problem.value });
    case 'tooLong':
    case 'tooMany':
      return t(`metadata.errors.${problem.key}`, { max: problem.max });
    case 'invalid':
      return t('metadata.errors.invalid', { message: problem.message });
    default:
      return t(`metadata.errors.${problem.key}`);
  }
}
