import type { PageAsset } from '../../../../shared/contract';
import { api } from '../../api/api';

/** Assets asked for recently; a page scrolled past and back is not asked for again. */
const KEPT = 500;
const known = new Map<string, Promise<PageAsset>>();

/** Where a page's files are (scan, preview, PDF page) and its size, from the engine, asked for once. */
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
