/** What a page view shows, on its element for tests and in its label for assistive technology. */
export type PageState = 'loading' | 'preview' | 'rendered' | 'failed';

/** `sharp`: the page (or the part in sight) is drawn for this zoom and screen. */
export function pageState(previewShown: boolean, sharp: boolean, failure: string | null): PageState {
  if (failure !== null) return 'failed';
  if (sharp) return 'rendered';
  return previewShown ? 'preview' : 'loading';
}
