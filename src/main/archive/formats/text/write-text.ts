import type { Region } from '../../../../shared/domain/annotations';
import type { Exporter } from '../exchange/export-types';
import { inScript } from './in-script';
import { pageByPage } from '../exchange/page-by-page';
import { pagesWithRegions } from '../exchange/reading-order';

/**
 * A page's header: its number between dashes, as printed books set page numbers. It needs no
 * word for "page" in any language, and a reader of the file sees where each page starts.
 */
const pageHeader = (index: number): string => `— ${index + 1} —`;

/** A transcription as a paragraph: one kind of line break, no blank lines around it. */
const paragraph = (text: string): string =>
  text
    .replace(/\r\n?/gu, '\n')
    .replace(/^\s*\n/u, '')
    .trimEnd();

/**
 * A document's transcriptions as plain text, `<docId>.txt`: the title, then every page under its
 * header (a page with nothing transcribed too, so the numbering stays whole) with its regions'
 * texts in reading order, a blank line between them, in the script options.textScript asks for.
 */
export const exportText: Exporter = function* ({ doc, regions }, options) {
  const write = (text: string, region?: Region) =>
    inScript(text, options.textScript, { script: region?.script, language: region?.language ?? doc.metadata.language });
  const pages = yield* pageByPage(pagesWithRegions(doc, regions), ({ index, regions: onPage }) => [
    pageHeader(index),
    ...onPage.flatMap((region) => {
      const text = paragraph(region.text);
      return text === '' ? [] : [write(text, region)];
    }),
  ]);
  const blocks = [write(doc.title), ...pages.flat()];
  return [{ name: `${doc.id}.txt`, mediaType: 'text/plain;charset=utf-8', content: `${blocks.join('\n\n')}\n` }];
};
