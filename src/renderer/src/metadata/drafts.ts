import type { MetadataForm } from './metadata-form';

/**
 * Unsaved descriptions by document, for the life of the window: moving to another document,
 * to the viewer and back, or a failed save loses nothing the archivist typed.
 */
const drafts = new Map<string, MetadataForm>();

export const getDraft = (docId: string): MetadataForm | undefined => drafts.get(docId);
export const keepDraft = (docId: string, form: MetadataForm): void => void drafts.set(docId, form);
export const dropDraft = (docId: string): void => void drafts.delete(docId);
export const hasDraft = (docId: string): boolean => drafts.has(docId);
