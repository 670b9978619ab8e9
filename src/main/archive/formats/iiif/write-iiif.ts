import type { Exporter } from '../exchange/export-types';
import { jsonWithWrittenList, writtenItems } from '../exchange/json-written';
import { pageByPage } from '../exchange/page-by-page';
import { pagesWithRegions } from '../exchange/reading-order';
import { documentUri, pageImageUri } from '../w3c/uris';
import { canvas } from './canvas';
import { languageMap } from './language-map';
import { metadataPairs, rightsProperties } from './manifest-metadata';

/** Where a canvas stands in the file: manifest > items > canvas. */
const CANVAS_DEPTH = 2;

/**
 * A document as a IIIF Presentation 3 manifest, `<docId>.manifest.json`: one canvas per page in
 * the page's pixel grid, so region coordinates need no scaling, with the transcriptions as
 * supplementing annotations that viewers (Mirador, Universal Viewer) show over the page. Tags,
 * entities and kinds stay in the W3C export: IIIF is for reading the pages.
 */
export const exportIiif: Exporter = function* ({ doc, regions }, options) {
  const base = documentUri(options.baseUri, doc.id);
  const items = yield* pageByPage(pagesWithRegions(doc, regions), ({ page, index, regions: onPage }) =>
    writtenItems([canvas(page, index, `${base}/canvas/${index}`, pageImageUri(options.baseUri, doc.id, index), onPage)], CANVAS_DEPTH),
  );
  const metadata = metadataPairs(doc.metadata);
  const manifest = (list: readonly unknown[]) => ({
    '@context': 'http://iiif.io/api/presentation/3/context.json',
    id: `${base}/manifest`,
    type: 'Manifest',
    label: languageMap(doc.metadata.language, doc.title),
    ...(metadata.length > 0 && { metadata }),
    ...rightsProperties(doc.metadata.rights),
    // navDate is a dateTime; isoDate is the Gregorian day, so its midnight UTC.
    ...(doc.metadata.isoDate !== undefined && { navDate: `${doc.metadata.isoDate}T00:00:00Z` }),
    items: list,
  });
  return [
    {
      name: `${doc.id}.manifest.json`,
      mediaType: 'application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"',
      content: `${jsonWithWrittenList(manifest, items, CANVAS_DEPTH)}\n`,
    },
  ];
};
