import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { api } from '../api/api';
import { useLibraryData } from '../data/library-data-context';
import { asMuragatError } from '../ui/error-text';
import { ImportContext, type ImportState, type Importer } from './import-context';
import { prepareImport, type GivenFiles } from './import-files';
import { afterRetry, notSent, retryCalls, type ImportCall, type Outcome } from './import-plan';
import { runCalls, type RunOptions } from './run-import';

/** Asks the engine to stop the job; a cancel that reaches it before the import does is remembered there. */
async function stopJob(jobId: string | undefined): Promise<void> {
  if (jobId !== undefined) await api.call.cancelJob({ jobId }).catch(() => undefined);
}

/** Runs one import at a time for the whole window, so it goes on while the archivist moves between views. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const { refresh } = useLibraryData();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const running = useRef<{ abort: AbortController; jobId: string | undefined } | null>(null);

  /** Runs `work`, then `merge`s what it found with what an earlier attempt left (a password retry). */
  const run = useCallback(
    async (work: (track: RunOptions) => Promise<Outcome[]>, merge: (found: Outcome[]) => Outcome[]) => {
      if (running.current) return;
      const abort = new AbortController();
      const current = { abort, jobId: undefined as string | undefined };
      running.current = current;
      setState({ phase: 'running', progress: undefined, cancelling: false });
      let outcomes: Outcome[];
      try {
        outcomes = merge(
          await work({
            signal: abort.signal,
            onProgress: (progress) => setState((s) => (s.phase === 'running' ? { ...s, progress } : s)),
            onJob: (jobId) => (current.jobId = jobId),
          }),
        );
      } catch (error) {
        const failure = asMuragatError(error);
        outcomes = merge([notSent('', failure.code, failure.message)]);
      } finally {
        running.current = null;
      }
      setState({ phase: 'finished', outcomes, askPassword: outcomes.some((o) => o.retry) });
      refresh();
    },
    [refresh],
  );

  const start = useCallback(
    (given: GivenFiles) =>
      void run(
        async (track) => {
          const { calls, failures } = await prepareImport(given, track.signal, (done, total, file) =>
            track.onProgress({ stage: 'sending', index: done, count: total, file }),
          );
          return [...failures, ...(await runCalls(calls, track))];
        },
        (found) => found,
      ),
    [run],
  );

  const retry = useCallback(
    (password: string) => {
      if (state.phase !== 'finished') return;
      const before = state.outcomes;
      const calls: ImportCall[] = retryCalls(before);
      void run(
        (track) => runCalls(calls, { ...track, password }),
        (retried) => afterRetry(before, retried),
      );
    },
    [state, run],
  );

  const cancel = useCallback(() => {
    const current = running.current;
    if (!current) return;
    current.abort.abort();
    setState((s) => (s.phase === 'running' ? { ...s, cancelling: true } : s));
    void stopJob(current.jobId);
  }, []);

  const skipPassword = useCallback(() => setState((s) => (s.phase === 'finished' ? { ...s, askPassword: false } : s)), []);
  const dismiss = useCallback(() => setState((s) => (s.phase === 'finished' ? { phase: 'idle' } : s)), []);

  const importer = useMemo<Importer>(() => ({ state, start, cancel, retry, skipPassword, dismiss }), [state, start, cancel, retry, skipPassword, dismiss]);
  return <ImportContext value={importer}>{children}</ImportContext>;
}
