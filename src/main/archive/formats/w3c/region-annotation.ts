import type { Region } from '../../../../shared/domain/annotations';
import { languageTag } from '../exchange/language-tag';
import { entityAnnotations, type Provenance } from './entity-annotations';
import type { Agent, Annotation, Body, Selector, Target } from './model';
import { pixelBox, svgPolygon } from './selectors';
import { documentUri, pageImageUri, transcriptionUri } from './uris';

/** What the annotations of one export share: where ids are minted, and which program wrote them when. */
export interface W3cContext {
  baseUri: string;
  docId: string;
  generator: Agent;
  generated: string;
}

/** The region's outline on its page's image: a rectangle as a media fragment, a polygon as SVG. */
function regionTarget(region: Region, context: W3cContext): Target {
  const selector: Selector =
    region.shape.type === 'rect'
      ? { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: `xywh=pixel:${pixelBox(region.shape)}` }
      : { type: 'SvgSelector', value: svgPolygon(region.shape.points) };
  return { type: 'SpecificResource', source: pageImageUri(context.baseUri, context.docId, region.page), selector };
}

/** What a region is, as bodies: its transcription, its kind, the catalogued seal it is an impression of, its tags. */
function regionBodies(region: Region, id: string, context: W3cContext, hasText: boolean): Body[] {
  const bodies: Body[] = [];
  if (hasText) {
    const language = languageTag(region.language, region.script);
    bodies.push({
      id: transcriptionUri(id),
      type: 'TextualBody',
      // No purpose: the body has the annotation's motivation, and the W3C suite reads a body with
      // an id as an external resource, which must not have one.
      value: region.text,
      format: 'text/plain',
      ...(language !== undefined && { language }),
      // 'auto' is what a reader assumes when textDirection is absent.
      ...(region.direction !== 'auto' && { textDirection: region.direction }),
    });
  }
  bodies.push({ type: 'TextualBody', purpose: 'classifying', value: region.kind });
  if (region.sealId !== undefined) bodies.push({ type: 'SpecificResource', purpose: 'identifying', source: `${context.baseUri}/seals/${region.sealId}` });
  for (const tag of region.tags) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  return bodies;
}

/**
 * A region as W3C annotations: one on its outline, then one per named entity. A region with text
 * is `transcribing`; one without is only its kind (an illustration, a seal), so `classifying`.
 */
export function regionAnnotations(region: Region, context: W3cContext): Annotation[] {
  const id = `${documentUri(context.baseUri, context.docId)}/annotations/${region.id}`;
  const hasText = region.text.trim() !== '';
  const provenance: Provenance = {
    created: region.createdAt,
    modified: region.updatedAt,
    ...(region.author && { creator: { type: 'Person', name: region.author } }),
    generator: context.generator,
    generated: context.generated,
  };
  const annotation: Annotation = {
    id,
    type: 'Annotation',
    motivation: hasText ? 'transcribing' : 'classifying',
    ...provenance,
    body: regionBodies(region, id, context, hasText),
    target: regionTarget(region, context),
  };
  return [annotation, ...(hasText ? entityAnnotations(region, id, provenance) : [])];
}
