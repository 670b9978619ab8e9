import type { ErrorPayload } from '../../../../shared/rpc/errors';
import type { PrepareInput, PrepareOutput } from './prepare-types';

/** Messages between the engine and its import worker. */
export interface PrepareRequest {
  id: number;
  input: PrepareInput;
}

export type PrepareReply =
  | { id: number; type: 'page'; page: number; pageCount: number }
  | { id: number; type: 'done'; output: PrepareOutput }
  | { id: number; type: 'error'; error: ErrorPayload };
