import { citeChicago } from './citation-chicago';
import { citeGost } from './citation-gost';
import { citeKazakh } from './citation-kazakh';
import type { CitableDocument } from './citation-parts';

export { archiveLocation, citeChicago, type ChicagoForm } from './citation-chicago';
export { toCslJson, type CslItem } from './citation-csl';
export { citeGost } from './citation-gost';
export { citeKazakh } from './citation-kazakh';
export { citedDate, type CitableDocument, type CitedDate } from './citation-parts';

/** The citation styles offered for copying. CSL-JSON, for reference managers, is toCslJson. */
export type CitationStyle = 'kazakh' | 'gost' | 'chicago-note' | 'chicago-bibliography';

export const CITATION_STYLES: readonly CitationStyle[] = ['kazakh', 'gost', 'chicago-note', 'chicago-bibliography'];

/** A document's citation in one of the styles, as plain text. */
export function cite(doc: CitableDocument, style: CitationStyle): string {
  switch (style) {
    case 'kazakh':
      return citeKazakh(doc);
    case 'gost':
      return citeGost(doc);
    case 'chicago-note':
      return citeChicago(doc, 'note');
    case 'chicago-bibliography':
      return citeChicago(doc, 'bibliography');
  }
}
