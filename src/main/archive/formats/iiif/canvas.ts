import type { Region } from '../../../../shared/domain/annotations';
import type { Page } from '../../../../shared/domain/document';
import { languageTag } from '../exchange/language-tag';
import { pixelBox, svgPolygon } from '../w3c/selectors';
import { languageMap } from './language-map';

/** A region's outline on the canvas: a rectangle as the canvas's media fragment, a polygon as an SvgSelector. */
function regionTarget(region: Region, canvasId: string) {
  if (region.shape.type === 'rect') return `${canvasId}#xywh=${pixelBox(region.shape)}`;
  return { type: 'SpecificResource', source: canvasId, selector: { type: 'SvgSelector', value: svgPolygon(region.shape.points) } };
}

/** A transcription as a viewer shows it over the page: a supplementing annotation. */
function transcription(region: Region, canvasId: string) {
  const language = languageTag(region.language, region.script);
  return {
    id: `${canvasId}/supplementing/${region.id}`,
    type: 'Annotation',
    motivation: 'supplementing',
    body: {
      type: 'TextualBody',
      value: region.text,
      format: 'text/plain',
      ...(language !== undefined && { language }),
      ...(region.direction !== 'auto' && { textDirection: region.direction }),
    },
    target: regionTarget(region, canvasId),
  };
}

/**
 * One page as a canvas the size of its pixel grid, painted with the page's image, and its
 * transcribed regions (in reading order) as supplementing annotations. Regions without text are
 * left out: a viewer would draw empty boxes, and the W3C export keeps them.
 */
export function canvas(page: Page, index: number, canvasId: string, imageUri: string, regions: readonly Region[]) {
  const transcribed = regions.filter((region) => region.text.trim() !== '');
  return {
    id: canvasId,
    type: 'Canvas',
    label: languageMap(undefined, page.label ?? String(index + 1)),
    width: page.width,
    height: page.height,
    items: [
      {
        id: `${canvasId}/painting`,
        type: 'AnnotationPage',
        items: [
          {
            id: `${canvasId}/painting/image`,
            type: 'Annotation',
            motivation: 'painting',
            body: { id: imageUri, type: 'Image', format: 'image/jpeg', width: page.width, height: page.height },
            target: canvasId,
          },
        ],
      },
    ],
    ...(transcribed.length > 0 && {
      annotations: [{ id: `${canvasId}/supplementing`, type: 'AnnotationPage', items: transcribed.map((region) => transcription(region, canvasId)) }],
    }),
  };
}
