import type { Exporter } from '../exchange/export-types';
import { jsonWithWrittenList, writtenItems } from '../exchange/json-written';
import { pageByPage } from '../exchange/page-by-page';
import { pagesWithRegions } from '../exchange/reading-order';
import { regionAnnotations, type W3cContext } from './region-annotation';
import { documentUri } from './uris';

/** Where an annotation stands in the file: collection > first > items > annotation. */
const ITEM_DEPTH = 3;

/**
 * anno.jsonld and a term of our own. The W3C vocabulary has no motivation for transcribing what
 * an area says (IIIF has `supplementing`; `describing` is the nearest); the model lets a community
 * add one, and without a definition JSON-LD would read the bare word as an address relative to
 * wherever the file lies. The IRI is in the reserved .invalid domain, as the default base is:
 * a name, not a page to fetch.
 */
const CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { transcribing: 'https://muragat.invalid/ns#transcribing' }];

/**
 * A document's regions as one W3C Web Annotation collection, `<docId>.annotations.jsonld`, with
 * every annotation embedded in its first (only) page, in reading order: an importer rebuilds a
 * page's order from it. Each region is an annotation on its outline (region-annotation.ts), each
 * named entity one on its span of the transcription (entity-annotations.ts).
 *
 * Left out: lines, since the model has no way to say one annotation is part of another and the
 * region's text already holds them (PAGE XML and ALTO carry lines and baselines); status and
 * comments, which are the archive's workflow rather than statements about the page.
 */
export const exportW3c: Exporter = function* ({ doc, regions }, options) {
  const id = `${documentUri(options.baseUri, doc.id)}/annotations`;
  const context: W3cContext = { baseUri: options.baseUri, docId: doc.id, generator: { type: 'Software', name: options.generator }, generated: options.now.toISOString() };
  const pages = yield* pageByPage(pagesWithRegions(doc, regions), (page) => {
    const annotations = page.regions.flatMap((region) => regionAnnotations(region, context));
    return { count: annotations.length, written: writtenItems(annotations, ITEM_DEPTH) };
  });
  const total = pages.reduce((sum, page) => sum + page.count, 0);
  const collection = (list: readonly unknown[]) => ({
    '@context': CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: doc.title,
    total,
    // The model wants a first page exactly when there are annotations.
    ...(total > 0 && { first: { id: `${id}?page=0`, type: 'AnnotationPage', startIndex: 0, items: list } }),
  });
  return [
    {
      name: `${doc.id}.annotations.jsonld`,
      mediaType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
      content: `${jsonWithWrittenList(collection, pages.map((page) => page.written), ITEM_DEPTH)}\n`,
    },
  ];
};
