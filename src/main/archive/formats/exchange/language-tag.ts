/**
 * BCP 47 tags and ISO 15924 scripts as the exports need them. A region may name its script
 * apart (`script: 'Arab'`) or inside its language tag (`kk-Arab`); ALTO @LANG and TEI @xml:lang
 * carry both in one tag, PAGE names them apart.
 */

const isScriptSubtag = (subtag: string) => /^[A-Za-z]{4}$/.test(subtag);
const titleCase = (code: string) => code.charAt(0).toUpperCase() + code.slice(1).toLowerCase();

/** The primary language subtag, lowercase: "kk" for "kk-Arab-KZ". */
export const primaryLanguage = (tag: string): string => (tag.split('-')[0] ?? tag).toLowerCase();

/** The script a region is written in: its own, else the one its language tag names. */
export function scriptOf(language: string | undefined, script: string | undefined): string | undefined {
  if (script !== undefined) return script;
  const subtag = language?.split('-').slice(1).find(isScriptSubtag);
  return subtag === undefined ? undefined : titleCase(subtag);
}

/**
 * One tag for language and script: "kk" and "Arab" make "kk-Arab" ("kk-KZ" makes "kk-Arab-KZ";
 * the script goes after the language and any extended-language subtags); a script alone makes
 * "und-Arab" (language undetermined). A tag that already names a script is kept as it is.
 */
export function languageTag(language: string | undefined, script: string | undefined): string | undefined {
  if (language === undefined) return script === undefined ? undefined : `und-${script}`;
  const subtags = language.split('-');
  if (script === undefined || subtags.slice(1).some(isScriptSubtag)) return language;
  let at = 1;
  while (at < subtags.length && /^[A-Za-z]{3}$/.test(subtags[at] ?? '')) at++;
  return [...subtags.slice(0, at), script, ...subtags.slice(at)].join('-');
}
