import { CITATION_STYLES, cite, toCslJson, type CitationStyle } from '../../../../shared/text/citation';
import type { Exporter } from '../exchange/export-types';

/** Each style under the name its rules go by. */
const STYLE_LABELS: Readonly<Record<CitationStyle, string>> = {
  kazakh: 'Kazakh (ГОСТ 7.1–2003)',
  gost: 'ГОСТ Р 7.0.100–2018',
  'chicago-note': 'Chicago, note',
  'chicago-bibliography': 'Chicago, bibliography',
};

/**
 * A document's citations: `<docId>.citations.txt`, every style under its name, to copy from;
 * and `<docId>.csl.json`, the CSL-JSON list (of one item, id the document's) that Zotero,
 * Mendeley and pandoc import.
 */
// eslint-disable-next-line require-yield -- a citation names the document, not its pages: nothing to tell between.
export const exportCitations: Exporter = function* ({ doc }) {
  const text = CITATION_STYLES.map((style) => `${STYLE_LABELS[style]}\n${cite(doc, style)}`).join('\n\n');
  return [
    { name: `${doc.id}.citations.txt`, mediaType: 'text/plain;charset=utf-8', content: `${text}\n` },
    { name: `${doc.id}.csl.json`, mediaType: 'application/vnd.citationstyles.csl+json', content: `${JSON.stringify([toCslJson(doc, doc.id)], null, 2)}\n` },
  ];
};
