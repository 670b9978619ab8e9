import { useMemo, useState, type RefObject } from 'react';
import type { SearchHit } from '../../../../shared/contract';
import { findTerms } from './find-terms';
import { nextStep, type PageMatches } from './find-steps';
import { useDocumentFind, type DocumentFind } from './use-document-find';
import { usePageFind, type MatchChoice, type RevealRequest } from './use-page-find';

interface ViewerFindOptions {
  docId: string;
  /** The stage: the page's text layer is searched under it. */
  root: RefObject<HTMLElement | null>;
  /** 1-based page shown. */
  page: number;
  /** Whether the find bar is open: closed, nothing is marked. */
  open: boolean;
  /** What the find bar opens with (a link's `?find=`). */
  initialQuery: string;
  goTo: (pageNumber: number) => void;
  /** Selects a region and brings it into view, turning to its page. */
  openRegion: (regionId: string) => void;
}

export interface ViewerFind {
  query: string;
  setQuery: (query: string) => void;
  document: DocumentFind;
  page: PageMatches;
  /** The stop last gone to, for the list of places; null when none is. */
  at: number | null;
  step: (direction: 1 | -1) => void;
  goToStop: (index: number) => void;
}

/** Where the reader is among the places found, and the request to show the marked match. */
interface Place {
  at: number | null;
  choice: MatchChoice;
  reveal: RevealRequest | null;
}

const NO_STOPS: SearchHit[] = [];

/**
 * The viewer's find (Ctrl/Cmd+F) over the whole document: the places the search finds (regions
 * and PDF text, any script) to step through page by page, and the matches in the shown page's
 * text layer marked, in the forms the search found.
 */
export function useViewerFind({ docId, root, page, open, initialQuery, goTo, openRegion }: ViewerFindOptions): ViewerFind {
  const [query, setQueryState] = useState(initialQuery);
  const [place, setPlace] = useState<Place>({ at: null, choice: 0, reveal: initialQuery.trim() === '' ? null : { serial: 1, page } });
  const found = useDocumentFind(docId, open ? query : '');
  const stops = found.status === 'done' ? found.stops : NO_STOPS;
  const terms = useMemo(() => (open ? findTerms(query, stops) : []), [open, query, stops]);
  const matches = usePageFind(root, terms, page, place.choice, place.reveal);
  const request = (on: number): RevealRequest => ({ serial: (place.reveal?.serial ?? 0) + 1, page: on });

  const goToStop = (index: number, choice: MatchChoice = 0) => {
    const stop = stops[index];
    if (!stop) return;
    if (stop.regionId !== undefined) {
      // The region is brought into view by the viewer; a text match on its page must not scroll elsewhere.
      setPlace({ at: index, choice, reveal: place.reveal });
      openRegion(stop.regionId);
    } else {
      setPlace({ at: index, choice, reveal: request(stop.page + 1) });
      goTo(stop.page + 1);
    }
  };

  return {
    query,
    setQuery: (text) => {
      setQueryState(text);
      // A new query starts at the page shown, its first match brought into view.
      setPlace({ at: null, choice: 0, reveal: request(page) });
    },
    document: found,
    page: matches,
    at: place.at,
    step: (direction) => {
      const next = nextStep(stops, place.at, page - 1, matches, direction);
      if (next?.kind === 'match') {
        const textStop = stops.findIndex((stop) => stop.field === 'pdf-text' && stop.page === page - 1);
        setPlace({ at: textStop < 0 ? null : textStop, choice: next.match, reveal: request(page) });
      } else if (next) goToStop(next.stop, next.match === 'first' ? 0 : 'last');
    },
    goToStop: (index) => goToStop(index),
  };
}
