import { useEffect, useState } from 'react';
import { asMuragatError } from '../ui/error-text';
import type { CallState } from './use-call';

/**
 * Like useCall, for views that reload when the library changes: while reloading for a newer
 * `version` the last answer for the same `key` stays on screen, so nothing flickers or loses
 * its place. A different key (another seal) starts from loading.
 */
export function useLiveCall<T>(run: () => Promise<T>, key: string, version: number): CallState<T> {
  const [settled, setSettled] = useState<{ key: string; version: number; state: CallState<T> } | null>(null);
  useEffect(() => {
    let current = true;
    run().then(
      (value) => current && setSettled({ key, version, state: { status: 'done', value } }),
      (error: unknown) => current && setSettled({ key, version, state: { status: 'failed', error: asMuragatError(error) } }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the call depends on: key and version
  }, [key, version]);
  return settled && settled.key === key ? settled.state : { status: 'loading' };
}
