import type { ExportedFile } from '../../../shared/domain/exchange';

/** A file made in memory, as a URL a link can download; the caller revokes it when done. */
export const downloadUrl = (file: ExportedFile): string => URL.createObjectURL(new Blob([file.content], { type: file.mediaType }));
