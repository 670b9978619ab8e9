import { join } from 'node:path';
import { runCli, serveLibrary } from '../../e2e/harness/serve';
import { tempDir } from '../../support/temp-dir';
import type { ViewerPdf } from './viewer-pdfs';

export interface OurLibrary {
  /** The app's URL, ending in '/'. */
  url: string;
  documentId(pdf: ViewerPdf): string;
  /** Page 1's reference-grid width, in grid pixels. */
  gridWidth(pdf: ViewerPdf): number;
  close(): Promise<void>;
}

interface Listed {
  documents: { id: string; title: string; pages: { width: number; height: number }[] }[];
}

/** A temporary library with the PDFs imported by the built CLI, served by the real `muragat serve`. */
export async function openOurLibrary(pdfs: readonly ViewerPdf[]): Promise<OurLibrary> {
  const dir = await tempDir('muragat-bench-viewer-');
  try {
    const library = join(dir.path, 'library');
    const imported = await runCli(['import', '--library', library, ...pdfs.map((pdf) => pdf.path)]);
    if (imported.code !== 0) throw new Error(`muragat import failed (${imported.code}):\n${imported.stdout}${imported.stderr}`);
    const listed = await runCli(['list', '--library', library, '--json']);
    if (listed.code !== 0) throw new Error(`muragat list failed (${listed.code}):\n${listed.stderr}`);
    const { documents } = JSON.parse(listed.stdout) as Listed;
    const documentOf = (pdf: ViewerPdf) => {
      const found = documents.find((doc) => doc.title === pdf.title);
      if (!found) throw new Error(`the library has no document titled ${pdf.title}`);
      return found;
    };
    const served = await serveLibrary(library);
    return {
      url: served.url,
      documentId: (pdf) => documentOf(pdf).id,
      gridWidth: (pdf) => {
        const first = documentOf(pdf).pages[0];
        if (!first) throw new Error(`the library's ${pdf.title} has no pages`);
        return first.width;
      },
      close: async () => {
        await served.stop();
        await dir.cleanup();
      },
    };
  } catch (error) {
    await dir.cleanup();
    throw error;
  }
}
