import { useEffect, useEffectEvent, useMemo, useRef, useState, type RefObject } from 'react';
import type { Rotation } from '../../../shared/domain/view';
import { shapeBounds } from '../../../shared/geometry/shape-check';
import type { Size } from '../viewer/geometry/size';
import type { PageOverlay, StageHandle } from '../viewer/stage/PageStage';
import { RegionOverlay, type OverlayTool } from './overlay/RegionOverlay';
import { needsWork, regionsByPage } from './regions-by-page';
import { useAnnotationSession } from './session/use-annotation-session';
import type { AnnotationSession } from './session/session-types';

interface TranscriptionOptions {
  docId: string;
  /** Every page's grid, upright. */
  pages: readonly Size[];
  rotation: Rotation;
  /** 0-based index of the page shown. */
  current: number;
  stage: RefObject<StageHandle | null>;
  goTo: (pageNumber: number) => void;
  /** A region named by the link that opened the viewer (a seal's impression, a search hit): selected and shown once loaded. */
  initialRegion?: string | null;
}

export interface Transcription {
  session: AnnotationSession;
  tool: OverlayTool;
  setTool: (tool: OverlayTool) => void;
  needingWork: boolean;
  setNeedingWork: (on: boolean) => void;
  /** A passing word from the overlay (a region cut at the page's edge, an outline refused). */
  message: string | null;
  /** The regions above each page, for the stage. */
  overlay: PageOverlay;
  /** Brings a region into view, turning to its page first. */
  reveal: (id: string) => void;
}

/** How long a passing message stays. */
const MESSAGE_MS = 6000;

/** The transcriber's state around the viewer: the session, the drawing tool, and the regions laid over the pages. */
export function useTranscription({ docId, pages, rotation, current, stage, goTo, initialRegion }: TranscriptionOptions): Transcription {
  const session = useAnnotationSession(docId);
  const [tool, setTool] = useState<OverlayTool>('select');
  const [needingWork, setNeedingWork] = useState(false);
  const [message, setMessage] = useState<{ text: string; at: number } | null>(null);
  const byPage = useMemo(() => regionsByPage(session.regions), [session.regions]);
  // With the filter on, the regions that still need work stand out and the rest fade.
  const highlighted = useMemo(() => (needingWork ? new Set(session.regions.filter(needsWork).map((r) => r.id)) : undefined), [needingWork, session.regions]);

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [message]);

  // A region on another page is shown once that page is laid out.
  const pendingReveal = useRef<string | null>(null);
  const revealNow = (id: string) => {
    const region = session.regions.find((r) => r.id === id);
    if (region) stage.current?.reveal(region.page, shapeBounds(region.shape));
  };
  const revealPending = useEffectEvent(() => {
    const id = pendingReveal.current;
    pendingReveal.current = null;
    if (id) revealNow(id);
  });
  useEffect(() => {
    const frame = requestAnimationFrame(revealPending);
    return () => cancelAnimationFrame(frame);
  }, [current]);

  const linked = useRef(initialRegion ?? null);
  const selectLinked = useEffectEvent(() => {
    const id = linked.current;
    linked.current = null;
    if (id && session.regions.some((r) => r.id === id)) {
      session.select(id);
      pendingReveal.current = id;
      revealPending();
    }
  });
  useEffect(() => {
    if (session.status === 'ready') requestAnimationFrame(selectLinked);
  }, [session.status]);

  const { select, create, update, remove } = session;
  const overlay: PageOverlay = (index, box) => (
    <RegionOverlay
      page={index}
      grid={pages[index] ?? { width: 1, height: 1 }}
      box={box}
      rotation={rotation}
      regions={byPage.get(index) ?? []}
      selected={session.selected}
      tool={tool}
      highlighted={highlighted}
      onSelect={select}
      onCreate={(shape) => create(index, shape)}
      onShape={(id, shape, gesture) => update(id, { shape }, { merge: gesture })}
      onLines={(id, lines, gesture) => update(id, { lines }, { merge: gesture })}
      onRemove={remove}
      onMessage={(text) => setMessage({ text, at: Date.now() })}
    />
  );

  return {
    session,
    tool,
    setTool,
    needingWork,
    setNeedingWork,
    message: message?.text ?? null,
    overlay,
    reveal: (id) => {
      const region = session.regions.find((r) => r.id === id);
      if (!region) return;
      if (region.page === current) return revealNow(id);
      pendingReveal.current = id;
      goTo(region.page + 1);
    },
  };
}
