import { api } from '../api/api';
import { asMuragatError } from '../ui/error-text';
import { callNotRun, outcomesOf, type ImportCall, type Outcome } from './import-plan';

/** Where an import is, as the progress bar shows it. */
export interface ImportProgress {
  stage: 'sending' | 'importing';
  /** 0-based file (or folder) being worked on, of `count`. */
  index: number;
  count: number;
  file: string;
  /** While a file's pages are prepared: the page done (1-based) of how many. */
  page?: number;
  pageCount?: number;
}

export interface RunOptions {
  password?: string;
  signal: AbortSignal;
  onProgress: (progress: ImportProgress) => void;
  /** The job running now, so that Cancel can name it; undefined between calls. */
  onJob: (jobId: string | undefined) => void;
}

/**
 * Runs the calls one after another, each under its own job id, following only its own progress
 * events (another window's import is not ours). A cancelled import runs no further call.
 */
export async function runCalls(calls: readonly ImportCall[], { password, signal, onProgress, onJob }: RunOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  // Several calls are one folder each; one call counts its own files.
  const expected = calls.length > 1 ? calls.length : 0;
  let offset = 0;
  for (const call of calls) {
    if (signal.aborted) {
      outcomes.push(...callNotRun(call, 'cancelled', 'the import was cancelled'));
      continue;
    }
    const jobId = crypto.randomUUID();
    const base = offset;
    const stop = api.on('importProgress', (event) => {
      if (event.jobId !== jobId) return;
      const { fileIndex, fileCount, file, page, pageCount } = event;
      onProgress({ stage: 'importing', index: base + fileIndex, count: Math.max(expected, base + fileCount), file, ...(event.stage === 'page' ? { page, pageCount } : {}) });
    });
    onJob(jobId);
    try {
      const { paths, uploads, grouping, folderTitle } = call;
      const results = await api.call.importFiles({
        paths,
        uploads,
        grouping,
        jobId,
        ...(password === undefined ? {} : { password }),
        ...(folderTitle === undefined ? {} : { title: folderTitle }),
      });
      outcomes.push(...outcomesOf(call, results));
      offset += results.length;
    } catch (error) {
      const failure = asMuragatError(error);
      outcomes.push(...callNotRun(call, failure.code, failure.message));
      offset += call.labels.length;
    } finally {
      stop();
      onJob(undefined);
    }
  }
  return outcomes;
}
