import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { CallName, Contract } from '../../shared/contract';
import { MuragatError } from '../../shared/rpc/errors';
import { APP_VERSION } from '../../shared/version';
import { openArchive, type Archive } from '../archive/archive';
import { workerPreparer } from '../archive/library/import/worker-preparer';
import { dispatch } from '../archive/service/dispatch';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface CommandContext {
  io: CliIo;
  t: TFunction;
  json: boolean;
  library: string;
  /** The import worker's script: the built one, or in tests the one run from source. */
  importWorker: string | URL;
}

export type CallFn = <K extends CallName>(name: K, args: z.input<Contract[K]['args']>) => Promise<z.output<Contract[K]['result']>>;

/** Exit codes scripts can rely on. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * Opens the library for one command and gives it the contract's calls, validated and
 * dispatched exactly as the IPC and HTTP adapters do. Notes about the library go to stderr.
 */
export async function withArchive<T>(
  ctx: CommandContext,
  options: { readOnly?: boolean },
  run: (call: CallFn, archive: Archive) => Promise<T>,
): Promise<T> {
  const archive = await openArchive(ctx.library, { appVersion: APP_VERSION, preparer: workerPreparer(ctx.importWorker), ...options });
  try {
    const { lockedBy } = archive.store;
    if (lockedBy && !options.readOnly) ctx.io.stderr(ctx.t('cli.readOnlyWarning', { pid: lockedBy.pid, host: lockedBy.host }));
    for (const recovery of archive.store.recoveries) ctx.io.stderr(ctx.t('cli.recovered', { file: recovery.file, detail: recovery.detail }));
    const call: CallFn = async (name, args) => {
      const envelope = await dispatch(archive.service, name, args, { local: true, mayWrite: true });
      if (!envelope.ok) throw MuragatError.fromPayload(envelope.error);
      return envelope.value as never;
    };
    return await run(call, archive);
  } finally {
    await archive.close();
  }
}

export const printJson = (ctx: CommandContext, value: unknown) => ctx.io.stdout(JSON.stringify(value, null, 2));
