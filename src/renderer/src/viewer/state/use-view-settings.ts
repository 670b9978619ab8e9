import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { DEFAULT_VIEW, type ViewSettings } from '../../../../shared/domain/view';
import { api } from '../../api/api';
import { openingViewSettings } from './document-opening';

/** A slider dragged through many values is saved once it rests. */
const SAVE_DELAY_MS = 400;

export interface ViewSettingsState {
  view: ViewSettings;
  /** False until the saved settings are read (or could not be): the page waits, not to show upright and then turn. */
  known: boolean;
  change: (patch: Partial<ViewSettings>) => void;
  /** Why the last change could not be kept in the library (a read-only library); it still applies here. */
  notSaved: string | null;
}

/** A document's rotation, adjustments and scroll mode: read from the library, saved back as they change. */
export function useViewSettings(docId: string): ViewSettingsState {
  // The settings of this document: as loaded, or as changed here (a change wins over a late load).
  const [held, setHeld] = useState<{ docId: string; view: ViewSettings; changed: boolean } | null>(null);
  const [notSaved, setNotSaved] = useState<string | null>(null);
  const current = held?.docId === docId ? held : null;

  useEffect(() => {
    let alive = true;
    openingViewSettings(docId).then(
      (saved) => {
        if (alive) setHeld((old) => (old?.docId === docId && old.changed ? old : { docId, view: saved, changed: false }));
      },
      () => {
        if (alive) setHeld((old) => (old?.docId === docId ? old : { docId, view: DEFAULT_VIEW, changed: false }));
      },
    );
    return () => {
      alive = false;
    };
  }, [docId]);

  const changedView = current?.changed ? current.view : null;
  // A change not yet saved: saved when the slider rests, or at once when the reader leaves.
  const pending = useRef<{ docId: string; view: ViewSettings } | null>(null);
  const save = useEffectEvent(() => {
    const unsaved = pending.current;
    pending.current = null;
    if (!unsaved) return;
    api.call.setViewSettings(unsaved).then(
      () => setNotSaved(null),
      (error: unknown) => setNotSaved(error instanceof Error ? error.message : String(error)),
    );
  });

  useEffect(() => {
    if (!changedView) return;
    pending.current = { docId, view: changedView };
    const timer = setTimeout(save, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [docId, changedView]);

  useEffect(() => {
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [docId]);

  return {
    view: current?.view ?? DEFAULT_VIEW,
    known: current !== null,
    notSaved,
    change: (patch) => setHeld((old) => ({ docId, view: { ...(old?.docId === docId ? old.view : DEFAULT_VIEW), ...patch }, changed: true })),
  };
}
