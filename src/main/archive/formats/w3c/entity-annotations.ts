import type { Entity, Region } from '../../../../shared/domain/annotations';
import { codePointOffsets } from './code-points';
import type { Annotation, Body } from './model';
import { transcriptionUri } from './uris';

/** When and by whom: an entity is part of its region's revision, so it shares the region's. */
export type Provenance = Pick<Annotation, 'created' | 'modified' | 'creator' | 'generator' | 'generated'>;

const IRI = /^https?:\/\/\S+$/;

/** What an entity says of its span: its type (classifying), the authority it names (identifying), the name as catalogued (describing). */
function entityBodies(entity: Entity): Body[] {
  const bodies: Body[] = [{ type: 'TextualBody', purpose: 'classifying', value: entity.type }];
  const { identifier, normalized } = entity;
  if (identifier !== undefined) {
    // A Wikidata or GeoNames URI is the resource itself; a bare identifier (Q1234) is only text.
    bodies.push(IRI.test(identifier) ? { type: 'SpecificResource', purpose: 'identifying', source: identifier } : { type: 'TextualBody', purpose: 'identifying', value: identifier });
  }
  if (normalized !== undefined) bodies.push({ type: 'TextualBody', purpose: 'describing', value: normalized });
  return bodies;
}

/**
 * A region's named entities, each an annotation on its span of the region's transcription body:
 * a TextPositionSelector, in code points as the model counts, and a
 * TextQuoteSelector with the words themselves, which survives an edit that shifts the offsets.
 */
export function entityAnnotations(region: Region, annotationId: string, provenance: Provenance): Annotation[] {
  if (region.entities.length === 0) return [];
  const codePoint = codePointOffsets(region.text);
  return region.entities.map((entity) => ({
    id: `${annotationId}/entities/${entity.id}`,
    type: 'Annotation',
    motivation: entity.identifier === undefined && entity.normalized === undefined ? 'classifying' : 'identifying',
    ...provenance,
    body: entityBodies(entity),
    target: {
      type: 'SpecificResource',
      source: transcriptionUri(annotationId),
      selector: [
        { type: 'TextPositionSelector', start: codePoint(entity.start), end: codePoint(entity.end) },
        { type: 'TextQuoteSelector', exact: region.text.slice(entity.start, entity.end) },
      ],
    },
  }));
}
