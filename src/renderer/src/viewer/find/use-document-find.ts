import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../../shared/contract';
import type { MuragatError } from '../../../../shared/rpc/errors';
import { api } from '../../api/api';
import { asMuragatError } from '../../ui/error-text';
import { documentStops } from './find-steps';

/** How long typing rests before the document is searched; the page's own text is marked at once. */
const DELAY_MS = 200;
/** The contract's largest answer: every place in a long document. */
const LIMIT = 1000;

export type DocumentFind =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; stops: SearchHit[]; total: number }
  | { status: 'failed'; error: MuragatError };

type Settled = { query: string; stops: SearchHit[]; total: number } | { query: string; error: MuragatError };

/**
 * The places in one document where the library's search finds a query (regions and PDF text,
 * in any of the three scripts), page by page. Asked again when the document's regions are saved.
 */
export function useDocumentFind(docId: string, query: string): DocumentFind {
  const [asked, setAsked] = useState('');
  const [saved, setSaved] = useState(0);
  const [settled, setSettled] = useState<Settled | null>(null);
  const wanted = query.trim();

  useEffect(() => {
    const timer = setTimeout(() => setAsked(wanted), DELAY_MS);
    return () => clearTimeout(timer);
  }, [wanted]);

  useEffect(() => api.on('annotationsChanged', (change) => change.docId === docId && setSaved((n) => n + 1)), [docId]);

  useEffect(() => {
    if (asked === '') return;
    let current = true;
    api.call.search({ query: asked, docId, limit: LIMIT }).then(
      (result) => current && setSettled({ query: asked, stops: documentStops(result.groups), total: result.total }),
      (error: unknown) => current && setSettled({ query: asked, error: asMuragatError(error) }),
    );
    return () => {
      current = false;
    };
  }, [docId, asked, saved]);

  if (wanted === '') return { status: 'idle' };
  if (settled?.query !== wanted) return { status: 'loading' };
  return 'error' in settled ? { status: 'failed', error: settled.error } : { status: 'done', stops: settled.stops, total: settled.total };
}
