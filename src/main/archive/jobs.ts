import { randomUUID } from 'node:crypto';
import { MuragatError } from '../../shared/rpc/errors';

/** A cancel that arrives before its task started is remembered this long. */
const EARLY_CANCEL_MS = 60_000;

/** The long tasks running now (imports, bundles), by job id, so that any client can cancel one. */
export class Jobs {
  private readonly running = new Map<string, AbortController>();
  /** Cancels for jobs not started yet: a client may send cancel before its call arrives. */
  private readonly early = new Map<string, number>();

  /** Runs `task` as a job (a new id when none is given), finished however the task ends. */
  async run<T>(jobId: string = randomUUID(), task: (job: { jobId: string; signal: AbortSignal }) => Promise<T>): Promise<T> {
    if (this.running.has(jobId)) throw new MuragatError('invalid-argument', `A task with job id ${jobId} is already running.`);
    const controller = new AbortController();
    const cancelledAt = this.early.get(jobId);
    this.early.delete(jobId);
    if (cancelledAt !== undefined && Date.now() - cancelledAt < EARLY_CANCEL_MS) controller.abort();
    this.running.set(jobId, controller);
    try {
      return await task({ jobId, signal: controller.signal });
    } finally {
      this.running.delete(jobId);
    }
  }

  /** Tells the job to stop; true when it was running. A job not started yet is stopped when it starts. */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) {
      const now = Date.now();
      for (const [id, at] of this.early) if (now - at >= EARLY_CANCEL_MS) this.early.delete(id);
      this.early.set(jobId, now);
      return false;
    }
    controller.abort();
    return true;
  }

  cancelAll(): void {
    for (const controller of this.running.values()) controller.abort();
  }
}
