import type { AnnotationFormat } from '../../../../shared/domain/exchange';
import { isAltoNamespace } from '../alto/read-alto-namespace';
import { isPageNamespace } from '../page-xml/read-page-namespace';
import { isW3cJson } from '../w3c/read-w3c-json';
import { checkImportSize } from './import-types';
import { readXml } from './read-xml';

/**
 * Which annotation format a file is in, from its content alone: PAGE XML and ALTO by their root
 * element and namespace, W3C Web Annotation by its JSON types. Anything else is refused with
 * what it is instead (empty, not well-formed, another XML vocabulary, other JSON).
 */
export function detectAnnotationFormat(text: string): AnnotationFormat {
  checkImportSize(text);
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') throw new Error('The file is empty.');
  if (start.startsWith('<')) {
    const root = readXml(text);
    if (root.name === 'PcGts' && isPageNamespace(root.ns)) return 'page-xml';
    if (root.name === 'alto' && isAltoNamespace(root.ns)) return 'alto';
    throw new Error(`The file is XML, but neither PAGE XML nor ALTO: its root element is <${root.name}>${root.ns === '' ? ' without a namespace' : ` in the namespace "${root.ns}"`}.`);
  }
  if (start.startsWith('{') || start.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(start);
    } catch (error) {
      throw new Error(`The file is not valid JSON: ${(error as Error).message}`, { cause: error });
    }
    if (isW3cJson(value)) return 'w3c';
    throw new Error('The file is JSON, but not W3C Web Annotation: it is no Annotation, AnnotationPage or AnnotationCollection.');
  }
  throw new Error(`The file is neither XML nor JSON: it begins «${start.slice(0, 20)}».`);
}
