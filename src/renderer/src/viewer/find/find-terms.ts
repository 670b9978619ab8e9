import type { SearchHit } from '../../../../shared/contract';

/** Enough forms for any query; a pattern of thousands would slow every page. */
const MAX_TERMS = 50;

/**
 * What to mark in a page's text layer: the query as typed, and the words the search matched in
 * the document's PDF text. A query in Latin or in the Arabic script matches the Cyrillic print
 * (and the other way round) only through the search's forms, so those are marked too.
 */
export function findTerms(query: string, hits: readonly SearchHit[]): string[] {
  const typed = query.trim();
  if (typed === '') return [];
  const terms = new Set([typed]);
  for (const hit of hits) {
    if (hit.field !== 'pdf-text') continue;
    for (const { start, end } of hit.highlights) {
      const word = hit.snippet.slice(start, end).trim();
      if (word !== '' && terms.size < MAX_TERMS) terms.add(word);
    }
  }
  return [...terms];
}
