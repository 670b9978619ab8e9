import type { RegionKind } from '../../../../shared/domain/annotations';

/**
 * One colour per kind of region, saturated and dark enough to read over yellowed paper and black
 * print alike, and far apart in hue so that neighbouring regions of different kinds are told
 * apart at a glance (blue and orange, the pair most readers with colour blindness still separate,
 * go to the two commonest kinds).
 */
export const REGION_COLOURS: Readonly<Record<RegionKind, string>> = {
  text: '#1f63c6',
  heading: '#c2185b',
  advertisement: '#d96c00',
  illustration: '#2e8b3a',
  table: '#6f3cc4',
  seal: '#d0271d',
  marginalia: '#00838f',
};
