import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import { findMatches } from './find-matches';
import type { PageMatches } from './find-steps';

const ALL = 'muragat-find';
const NONE: Range[] = [];
const CURRENT = 'muragat-find-current';

/** Which match to mark: an index, or the last (coming back from the next page). */
export type MatchChoice = number | 'last';

/** A request to bring the marked match into view, once the page it names has its text laid out. */
export interface RevealRequest {
  /** Grows with each request, so a request is met once. */
  serial: number;
  /** 1-based page the request is for. */
  page: number;
}

/** The text nodes of one page's text layer, in order. */
function textNodes(root: HTMLElement, page: number): Text[] {
  const nodes: Text[] = [];
  const layer = root.querySelector(`figure.page[data-page="${page}"] .text-layer`);
  if (!layer) return nodes;
  const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * Finds terms in the PDF text layer of the page shown (1-based `page`) under `root` and marks
 * every match with the CSS Custom Highlight API (no change to the text layer's DOM), the chosen
 * one more strongly. Text laid out again after a zoom or a scroll is searched again. The chosen
 * match is brought into view only when asked (`reveal`), never because a zoom laid the text out
 * again or the reader scrolled on.
 */
export function usePageFind(root: RefObject<HTMLElement | null>, terms: readonly string[], page: number, choice: MatchChoice, reveal: RevealRequest | null): PageMatches {
  const key = `${page}\u0000${terms.join('\u0000')}`;
  const [found, setFound] = useState<{ key: string; ranges: Range[] }>({ key: '', ranges: [] });
  const ranges = found.key === key ? found.ranges : NONE;
  // Read when the key changes: a new array of the same terms searches nothing again.
  const wanted = useEffectEvent(() => ({ key, terms, page }));

  useEffect(() => {
    const element = root.current;
    const { key: searched, terms: looking, page: on } = wanted();
    if (!element || looking.length === 0) return;
    let frame = 0;
    const search = () => {
      frame = 0;
      const nodes = textNodes(element, on);
      const matches = findMatches(
        nodes.map((n) => n.data),
        looking,
      );
      setFound({
        key: searched,
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
  }, [root, key]);

  const shown = ranges.length === 0 ? -1 : choice === 'last' ? ranges.length - 1 : Math.min(Math.max(choice, 0), ranges.length - 1);
  const revealed = useRef(0);

  useEffect(() => {
    CSS.highlights.set(ALL, new Highlight(...ranges));
    const active = ranges[shown];
    if (!active) {
      CSS.highlights.delete(CURRENT);
      return;
    }
    CSS.highlights.set(CURRENT, new Highlight(active));
    if (!reveal || reveal.page !== page || revealed.current === reveal.serial) return;
    revealed.current = reveal.serial;
    active.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [ranges, shown, reveal, page]);

  useEffect(
    () => () => {
      CSS.highlights.delete(ALL);
      CSS.highlights.delete(CURRENT);
    },
    [],
  );

  return { count: ranges.length, current: shown };
}
