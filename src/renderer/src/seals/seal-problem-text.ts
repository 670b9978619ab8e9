import type { TFunction } from 'i18next';
import type { SealProblem } from './seal-form';

export function sealProblemText(t: TFunction, problem: SealProblem | undefined): string | undefined {
  if (!problem) return undefined;
  switch (problem.key) {
    case 'script':
      return t('metadata.errors.script');
    case 'page':
      return t('seals.errors.page');
    case 'tooLong':
      return t('metadata.errors.tooLong', { max: problem.max });
    case 'invalid':
      return t('metadata.errors.invalid', { message: problem.message });
  }
}
