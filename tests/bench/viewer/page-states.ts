import type { PageElement, PageGlobals } from './page-types';

/** One observed state of a page view, on the page's clock (performance.now(): ms since navigation began). */
export interface PageStateEntry {
  /** `data-state`: loading, preview (the cached preview shows), rendered (sharp), failed. */
  state: string;
  /** `data-page` (1-based), or null where the view does not carry one. */
  page: string | null;
  at: number;
}

export interface PageStateGlobals {
  pageStates: PageStateEntry[];
}

/**
 * Init script for our viewer: logs every page view (`[data-testid="page-view"]`) as it appears
 * and every change of its `data-state` or `data-page`, with the time, so the bench reads when
 * page 1 first showed pixels (preview) and when it was sharp (rendered).
 */
export function recordPageStates(): void {
  const page = globalThis as unknown as PageGlobals & PageStateGlobals;
  const selector = '[data-testid="page-view"]';
  const log: PageStateEntry[] = [];
  page.pageStates = log;
  const note = (view: PageElement) => log.push({ state: view.getAttribute('data-state') ?? '', page: view.getAttribute('data-page'), at: performance.now() });
  new page.MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target instanceof page.Element && record.target.matches(selector)) note(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (!(node instanceof page.Element)) continue;
        if (node.matches(selector)) note(node);
        for (const view of node.querySelectorAll(selector)) note(view);
      }
    }
  }).observe(page.document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-page'] });
}
