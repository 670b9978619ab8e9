import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;

/** Whether a page's text content holds anything to read: an empty OCR layer may still carry spaces. */
export function hasText(content: Pick<TextContent, 'items'>): boolean {
  return content.items.some((item) => 'str' in item && item.str.trim() !== '');
}
