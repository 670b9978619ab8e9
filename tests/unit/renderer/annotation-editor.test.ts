import { describe, expect, it } from 'vitest';
import type { RegionChangeInput, SaveRegionsResult } from '../../../src/shared/contract';
import type { Region } from '../../../src/shared/domain/annotations';
import { AnnotationEditor, type AnnotationClient } from '../../../src/renderer/src/annotate/session/annotation-editor';
import { sampleRegion } from '../../support/library';

interface Harness {
  editor: AnnotationEditor;
  stored: Map<string, Region>;
  saves: RegionChangeInput[][];
  timers: { run: () => void; ms: number }[];
  /** Runs every timer due, once. */
  tick(): Promise<void>;
  failNext: { error?: Error };
}

const RECT = { type: 'rect' as const, x: 10, y: 10, width: 100, height: 40 };

/** A fake library that keeps regions by revision, as the engine does, and a clock of hand-run timers. */
function harness(initial: Region[] = []): Harness {
  const stored = new Map(initial.map((r) => [r.id, r]));
  const saves: RegionChangeInput[][] = [];
  const timers: { run: () => void; ms: number; cancelled?: boolean }[] = [];
  const failNext: { error?: Error } = {};
  let ids = 0;
  const client: AnnotationClient = {
    getAnnotations: async (docId) => ({ docId, regions: [...stored.values()], incoming: [] }),
    saveRegions: async (_docId, author, changes): Promise<SaveRegionsResult> => {
      saves.push(changes);
      if (failNext.error) {
        const error = failNext.error;
        delete failNext.error;
        throw error;
      }
      const conflicts = changes.filter((c) => (stored.get(c.id)?.revision ?? 0) !== c.baseRevision).map((c) => ({ id: c.id, baseRevision: c.baseRevision, current: stored.get(c.id) ?? null }));
      if (conflicts.length > 0) return { ok: false, conflicts };
      const saved: Region[] = [];
      const deleted: string[] = [];
      for (const change of changes) {
        if (change.op === 'delete') {
          stored.delete(change.id);
          deleted.push(change.id);
          continue;
        }
        const previous = stored.get(change.id);
        const region: Region = {
          direction: 'auto',
          lines: [],
          tags: [],
          entities: [],
          ...change.content,
          id: change.id,
          author,
          createdAt: previous?.createdAt ?? '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:01.000Z',
          revision: (previous?.revision ?? 0) + 1,
          comments: previous?.comments ?? [],
        };
        stored.set(change.id, region);
        saved.push(region);
      }
      return { ok: true, saved, deleted };
    },
    addComment: async () => {
      throw new Error('not used');
    },
  };
  const editor = new AnnotationEditor({
    docId: 'doc-0001',
    author: () => 'Айгерім',
    client,
    newId: () => `r-new-${++ids}`,
    schedule: (run, ms) => {
      const timer = { run, ms, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
  });
  return {
    editor,
    stored,
    saves,
    timers,
    failNext,
    async tick() {
      const due = timers.splice(0).filter((t) => !t.cancelled);
      for (const timer of due) timer.run();
      // Let the fake client's promises and the editor's follow-ups settle.
      for (let i = 0; i < 10; i++) await Promise.resolve();
    },
  };
}

const textOf = (h: Harness, id: string) => h.editor.getSnapshot().regions.find((r) => r.id === id)?.text;

describe('the annotation editor', () => {
  it('shows a new region at once and stores it within a second, as revision 1', async () => {
    const h = harness();
    await h.editor.load();
    const id = h.editor.create(0, RECT, 'heading');
    const before = h.editor.getSnapshot();
    expect(before.regions.map((r) => [r.id, r.kind, r.revision])).toEqual([[id, 'heading', 0]]);
    expect(before.selected).toBe(id);
    expect(before.save).toEqual({ state: 'saving', pending: 1 });
    expect(h.timers[0]?.ms).toBeLessThanOrEqual(1000);
    await h.tick();
    expect(h.saves).toEqual([[expect.objectContaining({ op: 'put', id, baseRevision: 0 })]]);
    expect(h.editor.getSnapshot().save).toEqual({ state: 'saved', pending: 0 });
    expect(h.stored.get(id)?.author).toBe('Айгерім');
    expect(h.editor.getSnapshot().regions[0]?.revision).toBe(1);
  });

  it('makes one undo step of a word typed, and redoes it', async () => {
    const h = harness([sampleRegion(1)]);
    await h.editor.load();
    const id = 'r-000001';
    const original = textOf(h, id);
    for (const text of ['А', 'Ал', 'Ала', 'Алаш']) h.editor.update(id, { text }, `text-${id}`);
    h.editor.update(id, { status: 'done' });
    h.editor.undo();
    expect(h.editor.getSnapshot().regions[0]?.status).toBe('draft');
    expect(textOf(h, id)).toBe('Алаш');
    h.editor.undo();
    expect(textOf(h, id)).toBe(original);
    expect(h.editor.getSnapshot().canUndo).toBe(false);
    h.editor.redo();
    expect(textOf(h, id)).toBe('Алаш');
    await h.tick();
    expect(h.stored.get(id)?.text).toBe('Алаш');
  });

  it('keeps an edit made while a save is on its way, and sends it on the new revision', async () => {
    const h = harness([sampleRegion(1)]);
    await h.editor.load();
    h.editor.update('r-000001', { text: 'бірінші' });
    h.timers.splice(0)[0]?.run();
    h.editor.update('r-000001', { text: 'екінші' });
    await h.tick();
    await h.tick();
    expect(h.saves.map((changes) => changes.map((c) => (c.op === 'put' ? [c.baseRevision, c.content.text] : null)))).toEqual([[[1, 'бірінші']], [[2, 'екінші']]]);
    expect(h.stored.get('r-000001')?.text).toBe('екінші');
    expect(h.editor.getSnapshot().save.state).toBe('saved');
  });

  it('keeps a change whose save failed, says so, and stores it on a later try', async () => {
    const h = harness([sampleRegion(1)]);
    await h.editor.load();
    h.failNext.error = new Error('The library server cannot be reached');
    h.editor.update('r-000001', { text: 'сақталсын' });
    await h.tick();
    expect(h.editor.getSnapshot().save).toEqual({ state: 'failed', pending: 1, error: 'The library server cannot be reached' });
    expect(textOf(h, 'r-000001')).toBe('сақталсын');
    expect(h.timers.at(-1)?.ms).toBe(1000);
    await h.tick();
    expect(h.stored.get('r-000001')?.text).toBe('сақталсын');
    expect(h.editor.getSnapshot().save.state).toBe('saved');
  });

  it('holds a change another client overtook, saves the rest, and lets the archivist choose', async () => {
    const h = harness([sampleRegion(1), sampleRegion(2)]);
    await h.editor.load();
    const theirs = { ...sampleRegion(1), text: 'олардікі', revision: 2 };
    h.stored.set('r-000001', theirs);
    h.editor.update('r-000001', { text: 'менікі' });
    await h.tick();
    const snapshot = h.editor.getSnapshot();
    expect(snapshot.save.state).toBe('conflict');
    expect(snapshot.conflicts.map((c) => [c.id, c.baseRevision, c.current, c.mine?.text])).toEqual([['r-000001', 1, theirs, 'менікі']]);
    // Other work goes on being saved meanwhile.
    h.editor.update('r-000002', { text: 'басқа' });
    await h.tick();
    expect(h.stored.get('r-000002')?.text).toBe('басқа');
    expect(h.stored.get('r-000001')?.text).toBe('олардікі');
    h.editor.resolve('r-000001', 'mine');
    await h.tick();
    expect(h.stored.get('r-000001')).toMatchObject({ text: 'менікі', revision: 3 });
    expect(h.editor.getSnapshot().save.state).toBe('saved');
  });

  it('takes the stored version when the archivist chooses theirs', async () => {
    const h = harness([sampleRegion(1)]);
    await h.editor.load();
    h.stored.set('r-000001', { ...sampleRegion(1), text: 'олардікі', revision: 2 });
    h.editor.update('r-000001', { text: 'менікі' });
    await h.tick();
    h.editor.resolve('r-000001', 'theirs');
    await h.tick();
    expect(textOf(h, 'r-000001')).toBe('олардікі');
    expect(h.saves).toHaveLength(1);
    expect(h.editor.getSnapshot().save).toEqual({ state: 'saved', pending: 0 });
  });

  it('undoes a stored region by deleting it, and brings it back by redo under the same id', async () => {
    const h = harness();
    await h.editor.load();
    const id = h.editor.create(0, RECT);
    await h.tick();
    h.editor.undo();
    await h.tick();
    expect(h.stored.has(id)).toBe(false);
    expect(h.saves.at(-1)).toEqual([{ op: 'delete', id, baseRevision: 1 }]);
    h.editor.redo();
    await h.tick();
    expect(h.stored.get(id)?.revision).toBe(1);
  });

  it('sends nothing for a region drawn and removed before it was stored', async () => {
    const h = harness();
    await h.editor.load();
    const id = h.editor.create(0, RECT);
    h.editor.remove(id);
    await h.tick();
    expect(h.saves).toEqual([]);
    expect(h.editor.getSnapshot()).toMatchObject({ regions: [], selected: null, save: { state: 'saved', pending: 0 } });
  });

  it('stores everything pending at once when flushed (the window closing)', async () => {
    const h = harness([sampleRegion(1)]);
    await h.editor.load();
    h.editor.update('r-000001', { text: 'соңғы сөз' });
    await h.editor.flush();
    expect(h.stored.get('r-000001')?.text).toBe('соңғы сөз');
    expect(h.editor.hasUnsaved()).toBe(false);
  });

  it('puts a page in a new reading order in one undo step', async () => {
    const h = harness([sampleRegion(0), sampleRegion(1), sampleRegion(2)]);
    await h.editor.load();
    h.editor.reorder(0, ['r-000002', 'r-000000', 'r-000001']);
    expect(h.editor.getSnapshot().regions.map((r) => r.id)).toEqual(['r-000002', 'r-000000', 'r-000001']);
    h.editor.undo();
    expect(h.editor.getSnapshot().regions.map((r) => r.id)).toEqual(['r-000000', 'r-000001', 'r-000002']);
  });

  it('shows another client’s saves on reload, under its own pending changes', async () => {
    const h = harness([sampleRegion(1), sampleRegion(2)]);
    await h.editor.load();
    h.editor.update('r-000002', { text: 'менікі' });
    h.stored.set('r-000001', { ...sampleRegion(1), text: 'басқа терминалдан', revision: 2 });
    await h.editor.load();
    expect(textOf(h, 'r-000001')).toBe('басқа терминалдан');
    expect(textOf(h, 'r-000002')).toBe('менікі');
  });

  it('turns a change made before another client’s save into a conflict, even when a reload brought that save first', async () => {
    const h = harness([sampleRegion(1)]);
    await h.editor.load();
    h.editor.update('r-000001', { text: 'менікі' });
    h.stored.set('r-000001', { ...sampleRegion(1), text: 'олардікі', revision: 2 });
    await h.editor.load();
    await h.tick();
    expect(h.saves.map((changes) => changes.map((c) => c.baseRevision))).toEqual([[1]]);
    expect(h.stored.get('r-000001')?.text).toBe('олардікі');
    expect(h.editor.getSnapshot().save.state).toBe('conflict');
  });
});
