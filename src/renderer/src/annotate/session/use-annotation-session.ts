import { useEffect, useState, useSyncExternalStore } from 'react';
import { api } from '../../api/api';
import { readAuthor, useAuthor } from '../author/author-store';
import { AnnotationEditor } from './annotation-editor';
import { newRegionId } from '../../../../shared/domain/new-region-id';
import type { AnnotationSession } from './session-types';

/** Another client's saves arrive as events; a burst of them is read once. */
const RELOAD_DELAY_MS = 250;

function createEditor(docId: string): AnnotationEditor {
  return new AnnotationEditor({
    docId,
    author: readAuthor,
    newId: newRegionId,
    client: {
      getAnnotations: (id) => api.call.getAnnotations({ docId: id }),
      saveRegions: (id, author, changes) => api.call.saveRegions({ docId: id, author, changes }),
      addComment: (id, regionId, author, text) => api.call.addComment({ docId: id, regionId, author, text }),
    },
  });
}

/**
 * The regions of one document for the page overlay and the transcription panel. Pending
 * changes are stored when the viewer closes; a window closing with changes still on their way
 * waits for them (the browser asks the reader; the desktop app closes itself once stored).
 */
export function useAnnotationSession(docId: string): AnnotationSession {
  const [editor] = useState(() => createEditor(docId));
  const snapshot = useSyncExternalStore(editor.subscribe, editor.getSnapshot);
  const author = useAuthor();

  useEffect(() => {
    editor.open();
    void editor.load();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = api.on('annotationsChanged', (event) => {
      if (event.docId !== docId) return;
      clearTimeout(timer);
      timer = setTimeout(() => void editor.load(), RELOAD_DELAY_MS);
    });
    const onHide = () => void editor.flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!editor.hasUnsaved()) return;
      event.preventDefault();
      void editor.flush().then(() => {
        // The desktop window closes itself once stored; a browser tab leaves it to the reader.
        if (window.muragat && !editor.hasUnsaved()) window.close();
      });
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      clearTimeout(timer);
      stop();
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      void editor.flush().finally(() => editor.close());
    };
  }, [docId, editor]);

  return {
    ...snapshot,
    author,
    select: (id) => editor.select(id),
    create: (page, shape, kind) => editor.create(page, shape, kind),
    update: (id, patch, options) => editor.update(id, patch, options?.merge),
    remove: (id) => editor.remove(id),
    reorder: (page, ids) => editor.reorder(page, ids),
    undo: () => editor.undo(),
    redo: () => editor.redo(),
    resolve: (id, keep) => editor.resolve(id, keep),
    addComment: (id, text) => editor.addComment(id, text),
    flush: () => editor.flush(),
  };
}
