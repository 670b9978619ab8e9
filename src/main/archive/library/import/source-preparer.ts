import type { PageProgress, PrepareInput, PrepareOutput } from './prepare-types';

/**
 * Where the heavy part of an import runs. The engine does not care: the desktop app and the
 * CLI use a worker thread (the UI and IPC stay responsive, a stuck file can be stopped), and
 * a script may run it inline.
 */
export interface SourcePreparer {
  prepare(input: PrepareInput, onPage: PageProgress, signal: AbortSignal): Promise<PrepareOutput>;
  close(): Promise<void>;
}
