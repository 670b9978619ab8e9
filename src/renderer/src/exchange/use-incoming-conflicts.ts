import { useCallback, useEffect, useState } from 'react';
import type { IncomingConflict } from '../../../shared/domain/bundle-report';
import { api } from '../api/api';

/** The versions of a document's regions a bundle brought that wait for a decision; kept current as the document is saved. */
export function useIncomingConflicts(docId: string): { conflicts: IncomingConflict[]; reload: () => void } {
  const [conflicts, setConflicts] = useState<IncomingConflict[]>([]);
  const reload = useCallback(() => {
    api.call.getAnnotations({ docId }).then(
      (annotations) => setConflicts(annotations.incoming),
      // The viewer says when a document cannot be read; this notice just stays away.
      () => setConflicts([]),
    );
  }, [docId]);
  useEffect(() => {
    reload();
    return api.on('annotationsChanged', (event) => {
      if (event.docId === docId) reload();
    });
  }, [docId, reload]);
  return { conflicts, reload };
}
