import type { Exporter } from '../exchange/export-types';
import { el, idMinter, xmlDocument } from '../exchange/xml-text';
import { languageTag } from '../exchange/language-tag';
import { pagesWithRegions } from '../exchange/reading-order';
import { pageDiv } from './tei-body';
import { facsimile, zonePages } from './tei-facsimile';
import { teiHeader } from './tei-header';

/**
 * TEI P5 (valid against tei_all), one file for the document (`<docId>.tei.xml`): the header,
 * a facsimile of every page with zones for regions and lines, and the text page by page in
 * reading order, each region pointing at its zone.
 */
export const exportTei: Exporter = ({ doc, regions }, options) => {
  const pages = zonePages(pagesWithRegions(doc, regions), idMinter());
  const tei = el('TEI', { xmlns: 'http://www.tei-c.org/ns/1.0' }, [
    teiHeader(doc, options),
    facsimile(doc, pages),
    el('text', { 'xml:lang': languageTag(doc.metadata.language, doc.metadata.script) }, [el('body', {}, pages.map(pageDiv))]),
  ]);
  return [{ name: `${doc.id}.tei.xml`, mediaType: 'application/tei+xml', content: xmlDocument(tei) }];
};
