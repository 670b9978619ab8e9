import type { Exporter } from '../exchange/export-types';
import { el, idMinter, writtenAt, xmlDocument } from '../exchange/xml-text';
import { languageTag } from '../exchange/language-tag';
import { pageByPage } from '../exchange/page-by-page';
import { pagesWithRegions } from '../exchange/reading-order';
import { pageDiv } from './tei-body';
import { surface, zonePages } from './tei-facsimile';
import { teiHeader } from './tei-header';

/**
 * TEI P5 (valid against tei_all), one file for the document (`<docId>.tei.xml`): the header,
 * a facsimile of every page with zones for regions and lines, and the text page by page in
 * reading order, each region pointing at its zone.
 */
export const exportTei: Exporter = function* ({ doc, regions }, options) {
  const pages = yield* pageByPage(zonePages(pagesWithRegions(doc, regions), idMinter()), (page) => ({
    // Written page by page, at their depth: TEI > facsimile > surface, TEI > text > body > div.
    surface: writtenAt(surface(doc, page), 2),
    div: writtenAt(pageDiv(page), 3),
  }));
  const tei = el('TEI', { xmlns: 'http://www.tei-c.org/ns/1.0' }, [
    teiHeader(doc, options),
    el('facsimile', {}, pages.map((page) => page.surface)),
    el('text', { 'xml:lang': languageTag(doc.metadata.language, doc.metadata.script) }, [el('body', {}, pages.map((page) => page.div))]),
  ]);
  return [{ name: `${doc.id}.tei.xml`, mediaType: 'application/tei+xml', content: xmlDocument(tei) }];
};
