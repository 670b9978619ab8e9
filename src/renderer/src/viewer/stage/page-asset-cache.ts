import { useEffect, useState } from 'react';
import type { PageAsset } from '../../../../shared/contract';
import { api } from '../../api/api';

/** Assets asked for recently; a page scrolled past and back is not asked for again. */
const KEPT = 500;
const known = new Map<string, Promise<PageAsset>>();

export function fetchAsset(docId: string, page: number): Promise<PageAsset> {
  const key = `${docId}/${page}`;
  const cached = known.get(key);
  if (cached) return cached;
  const loading = api.call.openPageAsset({ docId, page });
  known.set(key, loading);
  loading.catch(() => known.delete(key));
  for (const old of known.keys()) {
    if (known.size <= KEPT) break;
    known.delete(old);
  }
  return loading;
}

export type AssetState = { status: 'loading' } | { status: 'ready'; asset: PageAsset } | { status: 'failed'; message: string };

/** Where a page's files are (scan, preview, PDF page) and its size, from the engine. */
export function usePageAsset(docId: string, page: number): AssetState {
  const key = `${docId}/${page}`;
  const [answer, setAnswer] = useState<{ key: string; state: AssetState } | null>(null);
  useEffect(() => {
    let alive = true;
    fetchAsset(docId, page).then(
      (asset) => alive && setAnswer({ key, state: { status: 'ready', asset } }),
      (error: unknown) => alive && setAnswer({ key, state: { status: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      alive = false;
    };
  }, [docId, page, key]);
  return answer?.key === key ? answer.state : { status: 'loading' };
}
