import { randomUUID } from 'node:crypto';
import { MuragatError } from '../../../../shared/rpc/errors';

/** The imports running now, by job id, so that any client can cancel one. */
export class ImportJobs {
  private readonly running = new Map<string, AbortController>();

  start(jobId: string = randomUUID()): { jobId: string; signal: AbortSignal; finish: () => void } {
    if (this.running.has(jobId)) throw new MuragatError('invalid-argument', `An import with job id ${jobId} is already running.`);
    const controller = new AbortController();
    this.running.set(jobId, controller);
    return { jobId, signal: controller.signal, finish: () => this.running.delete(jobId) };
  }

  /** True when the job was running and is now told to stop. */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    controller?.abort();
    return controller !== undefined;
  }

  cancelAll(): void {
    for (const controller of this.running.values()) controller.abort();
  }
}
