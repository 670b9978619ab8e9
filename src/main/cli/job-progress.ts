import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Events, JobProgressEvent } from '../../shared/contract';
import type { Archive } from '../archive/archive';
import type { CallFn, CommandContext } from './context';

/** Runs a long call under a job id of its own, its progress events as lines on stderr; Ctrl+C cancels it cleanly (nothing half-written stays). */
export async function withJob<T, K extends JobProgressEvent>(
  ctx: CommandContext,
  call: CallFn,
  archive: Archive,
  /** The line an event of the job prints on stderr; undefined: this one prints nothing. */
  progress: { event: K; line: (payload: z.output<Events[K]>) => string | undefined },
  run: (jobId: string) => Promise<T>,
): Promise<T> {
  const jobId = randomUUID();
  const unsubscribe = archive.events.on(progress.event, (payload) => {
    const text = payload.jobId === jobId ? progress.line(payload) : undefined;
    if (text !== undefined) ctx.io.stderr(text);
  });
  const cancel = () => {
    ctx.io.stderr(ctx.t('cli.job.cancelling'));
    void call('cancelJob', { jobId });
  };
  process.once('SIGINT', cancel);
  try {
    return await run(jobId);
  } finally {
    unsubscribe();
    process.removeListener('SIGINT', cancel);
  }
}
