import { useEffect, useEffectEvent, useState } from 'react';
import type { z } from 'zod';
import type { SearchQuery, SearchResult } from '../../../shared/contract';
import type { MuragatError } from '../../../shared/rpc/errors';
import { api } from '../api/api';
import { useLibraryData } from '../data/library-data-context';
import { asMuragatError } from '../ui/error-text';

export type SearchArgs = z.input<typeof SearchQuery>;

export type LibrarySearch =
  | { status: 'idle' }
  | { status: 'loading' }
  /** `stale`: the answer to an earlier query, shown while the newer one is asked, so the list does not flicker as one types. */
  | { status: 'done'; result: SearchResult; query: string; stale: boolean }
  | { status: 'failed'; error: MuragatError };

type Settled = { key: string; query: string; result: SearchResult } | { key: string; error: MuragatError };

/**
 * Runs a search when its arguments change, and again when the library or any transcription
 * changes (a region saved elsewhere may now match). An answer for older arguments is never
 * taken for a newer one.
 */
export function useLibrarySearch(args: SearchArgs | null): LibrarySearch {
  const { version } = useLibraryData();
  const [saved, setSaved] = useState(0);
  const [settled, setSettled] = useState<Settled | null>(null);
  const key = args === null ? '' : JSON.stringify(args);
  const ask = useEffectEvent(() => args);

  useEffect(() => api.on('annotationsChanged', () => setSaved((n) => n + 1)), []);

  useEffect(() => {
    const asked = ask();
    if (asked === null) return;
    let current = true;
    api.call.search(asked).then(
      (result) => current && setSettled({ key, query: asked.query, result }),
      (error: unknown) => current && setSettled({ key, error: asMuragatError(error) }),
    );
    return () => {
      current = false;
    };
  }, [key, version, saved]);

  if (args === null) return { status: 'idle' };
  if (settled === null) return { status: 'loading' };
  const stale = settled.key !== key;
  if ('error' in settled) return stale ? { status: 'loading' } : { status: 'failed', error: settled.error };
  return { status: 'done', result: settled.result, query: settled.query, stale };
}
