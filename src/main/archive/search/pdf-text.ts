import { readFile } from 'node:fs/promises';
import type { SourceFile } from '../../../shared/domain/document';
import { openPdfAsNeeded } from '../formats/pdf/pdfjs-node';
import type { LibraryLayout } from '../store/layout';

/**
 * The text layer of each page of a PDF (index = source page − 1), as pdf.js gives it: items in
 * content order, a line break where pdf.js marks one. '' for a page without text (a bare scan).
 */
export async function extractPdfText(layout: LibraryLayout, source: SourceFile): Promise<string[]> {
  const data = new Uint8Array(await readFile(layout.managedFile(source.sha256, source.format)));
  const { pdf } = await openPdfAsNeeded(data, source.password);
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      pages.push(text.trim() === '' ? '' : text);
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}
