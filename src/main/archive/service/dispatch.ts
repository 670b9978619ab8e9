import { contract, type ArchiveService, type CallName } from '../../../shared/contract';
import type { CallSpec } from '../../../shared/rpc/define';
import { invalidArgument, MuragatError, type Envelope } from '../../../shared/rpc/errors';
import { toMuragatError } from '../to-muragat-error';

/** Who is calling, as the adapter knows it. */
export interface Caller {
  /** The caller sits at this machine (Electron window, CLI, loopback server): may name local files. */
  local: boolean;
  /** The adapter allows changes (a read-only reading-room server does not). */
  mayWrite: boolean;
}

const isCallName = (name: string): name is CallName => Object.hasOwn(contract, name);

/**
 * The single entry every adapter uses: checks the call exists and is allowed, validates the
 * arguments against the contract, runs it, validates the result, and returns an envelope.
 * Nothing reaches the engine unvalidated; nothing leaves it as a bare exception.
 */
export async function dispatch(service: ArchiveService, name: string, args: unknown, caller: Caller): Promise<Envelope> {
  try {
    if (!isCallName(name)) {
      throw new MuragatError('invalid-argument', `Unknown call "${name.slice(0, 60)}".`);
    }
    const spec: CallSpec = contract[name];
    if (spec.effect === 'write' && !caller.mayWrite) {
      throw new MuragatError('read-only', `${name} changes the library, and this connection is read-only.`);
    }
    const parsed = spec.args.safeParse(args ?? {});
    if (!parsed.success) throw invalidArgument(`arguments to ${name}`, parsed.error);
    if (spec.localFiles?.(parsed.data) && !caller.local) {
      throw new MuragatError('forbidden', `${name} with paths names files on the server's disk and is only for local use.`);
    }
    const run = service[name] as (args: unknown) => Promise<unknown>;
    const value = await run(parsed.data);
    const checked = spec.result.safeParse(value);
    if (!checked.success) {
      throw new MuragatError('internal', `${name} produced a result that breaks the contract: ${checked.error.message}`);
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    const failure = toMuragatError(error);
    if (failure.code === 'internal') console.error(`muragat: ${name}:`, error);
    return { ok: false, error: failure.toPayload() };
  }
}
