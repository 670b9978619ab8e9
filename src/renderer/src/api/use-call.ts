import { useEffect, useState } from 'react';
import { MuragatError } from '../../../shared/rpc/errors';

export type CallState<T> =
  | { status: 'loading' }
  | { status: 'done'; value: T }
  | { status: 'failed'; error: MuragatError };

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/** Runs a contract call when its inputs change; an answer for older inputs is never shown. */
export function useCall<T>(run: () => Promise<T>, inputs: readonly unknown[]): CallState<T> {
  const [settled, setSettled] = useState<{ inputs: readonly unknown[]; state: CallState<T> } | null>(null);
  useEffect(() => {
    let current = true;
    run().then(
      (value) => current && setSettled({ inputs, state: { status: 'done', value } }),
      (error: unknown) => {
        const failure = error instanceof MuragatError ? error : new MuragatError('internal', String(error));
        if (current) setSettled({ inputs, state: { status: 'failed', error: failure } });
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names the inputs
  }, inputs);
  return settled && sameInputs(settled.inputs, inputs) ? settled.state : { status: 'loading' };
}
