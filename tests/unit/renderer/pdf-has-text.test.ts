import { PDFDocument, StandardFonts } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { hasText } from '../../../src/renderer/src/viewer/text-layer/has-text';

const item = (str: string) => ({ str, dir: 'ltr', transform: [1, 0, 0, 1, 0, 0], width: 10, height: 10, fontName: 'f1', hasEOL: false });

describe('whether a page has text', () => {
  it('needs one item with something besides whitespace', () => {
    expect(hasText({ items: [] })).toBe(false);
    expect(hasText({ items: [item(' '), item('\u00a0\n\t'), item('')] })).toBe(false);
    expect(hasText({ items: [{ type: 'beginMarkedContent', id: 'm1' }, { type: 'endMarkedContent', id: 'm1' }] })).toBe(false);
    expect(hasText({ items: [item(' '), item('Қазақ')] })).toBe(true);
  });

  it('tells pdf.js’s text content of a written page from a blank and a spaces-only one', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage([300, 300]).drawText('Dala gazeti, 1911', { x: 20, y: 250, size: 14, font });
    pdf.addPage([300, 300]);
    pdf.addPage([300, 300]).drawText('     ', { x: 20, y: 250, size: 14, font });
    const task = getDocument({ data: await pdf.save(), isEvalSupported: false, verbosity: 0 });
    const document = await task.promise;
    const found = [];
    for (let n = 1; n <= document.numPages; n++) found.push(hasText(await (await document.getPage(n)).getTextContent()));
    expect(found).toEqual([true, false, false]);
    await task.destroy();
  });
});
