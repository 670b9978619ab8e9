import { MuragatError } from '../../../shared/rpc/errors';
import { toMuragatError } from '../to-muragat-error';

/** Throws the engine's own cancellation error once `signal` has fired. */
export function throwIfCancelled(signal: AbortSignal | undefined, task: string): void {
  if (signal?.aborted) throw new MuragatError('cancelled', `${task} was cancelled; nothing was kept`);
}

/** A bundle that cannot be used as it is: said once, in the same words, whatever part is at fault. */
export const damagedBundle = (bundle: string, detail: string) => new MuragatError('corrupt', `${bundle} is not a usable Muragat bundle: ${detail.replace(/\.+$/, '')}. Nothing was imported.`);

/**
 * What a failure while reading a zip becomes: our own errors and the disk's keep their meaning,
 * anything else (yauzl's complaints about the zip's structure, an inflate error) means damage.
 */
export function readFailure(bundle: string, error: unknown): MuragatError {
  if (error instanceof MuragatError) return error;
  // The disk's errors name the call that failed; a zip's damage (yauzl, zlib) does not.
  if ((error as NodeJS.ErrnoException | null)?.syscall !== undefined) {
    const failure = toMuragatError(error);
    return new MuragatError(failure.code, `${bundle}: ${failure.message}`);
  }
  return damagedBundle(bundle, error instanceof Error ? error.message : String(error));
}
