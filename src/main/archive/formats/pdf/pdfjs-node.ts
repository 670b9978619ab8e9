import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { MuragatError } from '../../../../shared/rpc/errors';
import { MAX_PIXELS } from '../pixel-limit';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
// Loaded on first use: most commands never open a PDF. The legacy build runs on Node 20.
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** pdf.js's own PasswordException codes. */
const NEED_PASSWORD = 1;
const INCORRECT_PASSWORD = 2;

/**
 * Opens a PDF with pdf.js in Node: its fonts and cMaps from the package (no network), images past
 * the pixel limit refused, eval off. Password problems and damage become typed errors.
 */
export async function openPdf(data: Uint8Array, password?: string): Promise<PDFDocumentProxy> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data,
    ...(password === undefined ? {} : { password }),
    isEvalSupported: false,
    verbosity: 0,
    maxImageSize: MAX_PIXELS,
    standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/',
    cMapUrl: join(pdfjsDir, 'cmaps') + '/',
    cMapPacked: true,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy();
    throw pdfError(error, password);
  }
}

/**
 * Opens without a password first, and with the given one only if the file asks for it: a batch
 * password must not break a PDF that opens without one. Says whether the password was needed.
 */
export async function openPdfAsNeeded(data: Uint8Array, password?: string): Promise<{ pdf: PDFDocumentProxy; passwordNeeded: boolean }> {
  try {
    return { pdf: await openPdf(data.slice()), passwordNeeded: false };
  } catch (error) {
    if (!(error instanceof MuragatError) || error.code !== 'password-required' || password === undefined) throw error;
    return { pdf: await openPdf(data.slice(), password), passwordNeeded: true };
  }
}

export function pdfError(error: unknown, password?: string): MuragatError {
  const { name, code, message } = (error ?? {}) as { name?: string; code?: number; message?: string };
  if (name === 'PasswordException') {
    if (code === INCORRECT_PASSWORD || (code === NEED_PASSWORD && password !== undefined)) {
      return new MuragatError('wrong-password', 'the password does not open this encrypted PDF');
    }
    return new MuragatError('password-required', 'the PDF is encrypted: it needs its password');
  }
  return new MuragatError('unsupported-format', `the PDF cannot be read (${message ?? String(error)})`);
}
