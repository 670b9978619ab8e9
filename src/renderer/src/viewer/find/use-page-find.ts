import { useEffect, useRef, useState, type RefObject } from 'react';
import { findMatches } from './find-matches';

const ALL = 'muragat-find';
const NONE: Range[] = [];
const CURRENT = 'muragat-find-current';

export interface PageFind {
  count: number;
  /** 0-based index of the match shown, or -1 when there is none. */
  current: number;
  next: (direction: 1 | -1) => void;
}

/** The text nodes of the text layers inside `root`, in reading order of the layers. */
function textNodes(root: HTMLElement): Text[] {
  const nodes: Text[] = [];
  for (const layer of root.querySelectorAll('.text-layer')) {
    const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  }
  return nodes;
}

/**
 * Finds a query in the PDF text layers shown under `root` and marks every match with the CSS
 * Custom Highlight API (no change to the text layer's DOM); the current one is brought into view.
 * Text laid out again after a zoom or a scroll is searched again.
 */
export function usePageFind(root: RefObject<HTMLElement | null>, query: string): PageFind {
  const [found, setFound] = useState<{ query: string; ranges: Range[] }>({ query: '', ranges: [] });
  const [current, setCurrent] = useState(0);
  const ranges = found.query === query ? found.ranges : NONE;

  useEffect(() => {
    const element = root.current;
    if (!element || query.trim() === '') return;
    let frame = 0;
    const search = () => {
      frame = 0;
      const nodes = textNodes(element);
      const matches = findMatches(
        nodes.map((n) => n.data),
        query,
      );
      setFound({
        query,
        ranges: matches.flatMap(({ start, end }) => {
          const from = nodes[start.piece];
          const to = nodes[end.piece];
          if (!from || !to) return [];
          const range = document.createRange();
          range.setStart(from, start.offset);
          range.setEnd(to, end.offset);
          return [range];
        }),
      });
    };
    search();
    const observer = new MutationObserver(() => {
      frame ||= requestAnimationFrame(search);
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [root, query]);

  const shown = ranges.length === 0 ? -1 : Math.min(current, ranges.length - 1);
  // The view moves to a match when the reader asks for one, not when a zoom lays the text out again.
  const broughtIntoView = useRef('');

  useEffect(() => {
    CSS.highlights.set(ALL, new Highlight(...ranges));
    const active = ranges[shown];
    if (!active) {
      CSS.highlights.delete(CURRENT);
      return;
    }
    CSS.highlights.set(CURRENT, new Highlight(active));
    const wanted = `${shown}\u0000${query}`;
    if (broughtIntoView.current === wanted) return;
    broughtIntoView.current = wanted;
    active.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [ranges, shown, query]);

  useEffect(
    () => () => {
      CSS.highlights.delete(ALL);
      CSS.highlights.delete(CURRENT);
    },
    [],
  );

  return {
    count: ranges.length,
    current: shown,
    next: (direction) => setCurrent((old) => (ranges.length === 0 ? 0 : (Math.min(old, ranges.length - 1) + direction + ranges.length) % ranges.length)),
  };
}
