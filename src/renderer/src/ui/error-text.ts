import type { TFunction } from 'i18next';
import { MuragatError } from '../../../shared/rpc/errors';

export const asMuragatError = (error: unknown): MuragatError =>
  error instanceof MuragatError ? error : new MuragatError('internal', error instanceof Error ? error.message : String(error));

/** An error as the reader sees it: what kind of problem, in their language, then the engine's own words. */
export function errorText(t: TFunction, error: unknown): string {
  const failure = asMuragatError(error);
  return `${t(`errors.${failure.code}`)}: ${failure.message}`;
}
