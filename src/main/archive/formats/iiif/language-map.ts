/**
 * A IIIF language map ({"kk": ["…"]}). Its keys are BCP 47 tags, but the Presentation 3
 * validator takes letters and hyphens only, so a tag with digits (es-419) becomes "none", as does
 * a text whose language is not known.
 */
export function languageMap(language: string | undefined, ...values: string[]): Record<string, string[]> {
  const key = language !== undefined && /^[A-Za-z-]+$/.test(language) ? language : 'none';
  return { [key]: values };
}

/** A label the exporter writes: English, as the Presentation API's own labels are. */
export const englishLabel = (label: string): Record<string, string[]> => ({ en: [label] });
