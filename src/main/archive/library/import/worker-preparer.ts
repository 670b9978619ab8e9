import { Worker } from 'node:worker_threads';
import { MuragatError } from '../../../../shared/rpc/errors';
import type { PrepareInput, PrepareOutput, PageProgress } from './prepare-types';
import type { SourcePreparer } from './source-preparer';
import type { PrepareReply } from './worker-protocol';

/**
 * A file whose next page takes longer than this is stopped: a decompression bomb or a pathological
 * PDF must not hold an import (or the app) forever. Generous: a 70-megapixel page takes ~1 s.
 */
export const PAGE_TIME_LIMIT_MS = 120_000;

/**
 * Prepares files in one worker thread, one at a time. Cancelling, or a page over the time limit,
 * terminates the worker (the only way to stop pdf.js mid-page); the next file gets a fresh one.
 */
export function workerPreparer(script: string | URL, pageTimeLimitMs = PAGE_TIME_LIMIT_MS): SourcePreparer {
  let worker: Worker | undefined;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const stop = async () => {
    const current = worker;
    worker = undefined;
    await current?.terminate();
  };

  const run = (input: PrepareInput, onPage: PageProgress, signal: AbortSignal) =>
    new Promise<PrepareOutput>((resolve, reject) => {
      if (signal.aborted) return reject(new MuragatError('cancelled', 'the import was cancelled'));
      const active = (worker ??= new Worker(script));
      const id = nextId++;
      let timer: NodeJS.Timeout | undefined;
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        active.off('message', onMessage);
        active.off('error', onError);
        active.off('exit', onExit);
        signal.removeEventListener('abort', onAbort);
        settle();
      };
      const fail = (error: MuragatError) => finish(() => reject(error));
      const armTimer = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          void stop();
          fail(new MuragatError('too-large', `a page took more than ${pageTimeLimitMs / 1000} s to prepare (a decompression bomb or a damaged file?)`));
        }, pageTimeLimitMs);
      };
      const onMessage = (message: PrepareReply) => {
        if (message.id !== id) return;
        if (message.type === 'page') {
          armTimer();
          onPage(message.page, message.pageCount);
        } else if (message.type === 'done') finish(() => resolve(message.output));
        else fail(MuragatError.fromPayload(message.error));
      };
      const onError = (error: Error) => {
        worker = undefined;
        fail(new MuragatError('internal', `the import worker failed: ${error.message}`));
      };
      const onExit = () => {
        worker = undefined;
        fail(new MuragatError('internal', 'the import worker stopped unexpectedly (out of memory?)'));
      };
      const onAbort = () => {
        void stop();
        fail(new MuragatError('cancelled', 'the import was cancelled'));
      };
      active.on('message', onMessage);
      active.on('error', onError);
      active.on('exit', onExit);
      signal.addEventListener('abort', onAbort, { once: true });
      armTimer();
      active.postMessage({ id, input });
    });

  return {
    prepare: (input, onPage, signal) => {
      const result = queue.then(() => run(input, onPage, signal));
      queue = result.catch(() => undefined);
      return result;
    },
    close: stop,
  };
}
