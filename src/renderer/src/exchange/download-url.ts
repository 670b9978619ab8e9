import type { ExportedFile } from '../../../shared/domain/exchange';

/** A file made in memory, as a URL a link can download and its size in bytes; the caller revokes the URL when done. */
export function downloadable(file: ExportedFile): { url: string; bytes: number } {
  const blob = new Blob([file.content], { type: file.mediaType });
  return { url: URL.createObjectURL(blob), bytes: blob.size };
}
