import { MuragatError } from '../../shared/rpc/errors';

const FS_MESSAGES: Record<string, [MuragatError['code'], string]> = {
  ENOENT: ['not-found', 'the file does not exist (or vanished while it was read)'],
  EACCES: ['io', 'permission denied'],
  EPERM: ['io', 'the operation is not permitted'],
  EISDIR: ['io', 'a folder was given where a file was expected'],
  ENOSPC: ['io', 'the disk is full; nothing was changed'],
  EDQUOT: ['io', 'the disk quota is exceeded; nothing was changed'],
  EROFS: ['io', 'the disk is read-only'],
  EMFILE: ['io', 'too many files are open'],
  EIO: ['io', 'the disk reported an input/output error'],
};

/** Maps anything thrown inside the engine to a typed error a person can read. */
export function toMuragatError(error: unknown): MuragatError {
  if (error instanceof MuragatError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const known = code ? FS_MESSAGES[code] : undefined;
  if (known) return new MuragatError(known[0], known[1]);
  const message = error instanceof Error ? error.message : String(error);
  return new MuragatError('internal', `unexpected error: ${message}`);
}
