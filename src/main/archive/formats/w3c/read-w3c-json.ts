/** JSON-LD as W3C annotations write it: an object, a value or a list where one or many are allowed. */
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One-or-many as a list (JSON-LD lets a single value stand for a list of one). */
export const listOf = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** A string property; the first string of a list. */
export const stringOf = (value: unknown): string | undefined => listOf(value).find((v): v is string => typeof v === 'string');

/** Whether an object says it is of this type (`type` or `@type`, with or without the oa: prefix). */
export function hasType(value: unknown, type: string): value is Json {
  if (!isObject(value)) return false;
  return [...listOf(value.type), ...listOf(value['@type'])].some((t) => t === type || t === `oa:${type}`);
}

/** Whether parsed JSON is W3C Web Annotation: an annotation, a page or collection of them, or a list of annotations. */
export function isW3cJson(value: unknown): boolean {
  if (Array.isArray(value)) return value.some((item) => hasType(item, 'Annotation'));
  return hasType(value, 'Annotation') || hasType(value, 'AnnotationPage') || hasType(value, 'AnnotationCollection');
}
