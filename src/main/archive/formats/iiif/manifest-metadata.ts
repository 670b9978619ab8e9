import type { Metadata } from '../../../../shared/domain/metadata';
import { archiveLocation } from '../../../../shared/text/citation';
import { englishLabel, languageMap } from './language-map';

interface LabelValue {
  label: Record<string, string[]>;
  value: Record<string, string[]>;
}

/** A pair of the manifest's metadata; values are catalogue entries in whatever language they were typed, so "none". */
const pair = (label: string, value: string | undefined): LabelValue[] => (value?.trim() ? [{ label: englishLabel(label), value: languageMap(undefined, value) }] : []);

/** The metadata pairs a viewer shows beside the pages. */
export function metadataPairs(metadata: Metadata): LabelValue[] {
  const reference = [metadata.archivalReference?.repository, archiveLocation(metadata)].filter((part) => part?.trim()).join(', ');
  return [
    ...pair('Publication', metadata.publication),
    ...pair('Place', metadata.place),
    ...pair('Date', metadata.dateAsPrinted?.trim() ? metadata.dateAsPrinted : metadata.isoDate),
    ...pair('Issue', metadata.issueNumber === undefined ? undefined : String(metadata.issueNumber)),
    ...pair('Archival reference', reference),
  ];
}

/**
 * Creative Commons and RightsStatements.org URIs, the only values IIIF's `rights` takes. The
 * validator wants them in their canonical http form, so an https copy is written as http.
 */
const RIGHTS_URI = /^https?:\/\/((?:creativecommons\.org\/(?:licenses|publicdomain)|rightsstatements\.org\/vocab)\/\S*)$/;

/** Rights as IIIF has them: a licence URI in `rights`; anything else as the statement a viewer must show. */
export function rightsProperties(rights: string | undefined): { rights?: string; requiredStatement?: LabelValue } {
  const text = rights?.trim();
  if (!text) return {};
  const uri = RIGHTS_URI.exec(text)?.[1];
  if (uri !== undefined) return { rights: `http://${uri}` };
  return { requiredStatement: { label: englishLabel('Rights'), value: languageMap(undefined, text) } };
}
