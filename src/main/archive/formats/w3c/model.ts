import type { TextDirection } from '../../../../shared/domain/annotations';

/** The W3C Web Annotation terms this export writes (https://www.w3.org/TR/annotation-model/). */

/** Bodies' purposes: terms the anno.jsonld context defines, so JSON-LD reads them as oa: IRIs. */
export type Purpose = 'classifying' | 'describing' | 'identifying' | 'tagging';

/** Motivations: the purposes, and `transcribing`, which the export's context defines (write-w3c.ts). */
export type Motivation = Purpose | 'transcribing';

export interface Agent {
  type: 'Person' | 'Software';
  name: string;
}

export interface TextualBody {
  id?: string;
  type: 'TextualBody';
  purpose?: Purpose;
  value: string;
  format?: 'text/plain';
  language?: string;
  textDirection?: Exclude<TextDirection, 'auto'>;
}

/** A body that is a resource named by its IRI (an authority record, a catalogued seal). */
export interface ResourceBody {
  type: 'SpecificResource';
  purpose: Purpose;
  source: string;
}

export type Body = TextualBody | ResourceBody;

export type Selector =
  | { type: 'FragmentSelector'; conformsTo: 'http://www.w3.org/TR/media-frags/'; value: string }
  | { type: 'SvgSelector'; value: string }
  | { type: 'TextPositionSelector'; start: number; end: number }
  | { type: 'TextQuoteSelector'; exact: string };

export interface Target {
  type: 'SpecificResource';
  source: string;
  selector: Selector | Selector[];
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  created: string;
  modified: string;
  creator?: Agent;
  generator: Agent;
  generated: string;
  body: Body[];
  target: Target;
}
