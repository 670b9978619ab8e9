import type { RegionContent } from '../../../../shared/domain/annotations';

/** One region before and after an edit; null is "not there" (before a create, after a delete). */
export interface RegionDelta {
  id: string;
  before: RegionContent | null;
  after: RegionContent | null;
}

interface Step {
  deltas: RegionDelta[];
  merge?: string;
}

/** How many steps back an archivist can go in one session. */
const DEPTH = 500;

/**
 * The session's undo and redo stacks. Steps with the same merge key in a row become one (a
 * word typed, a corner dragged), keeping each region's first `before` and last `after`.
 */
export class UndoHistory {
  private done: Step[] = [];
  private undone: Step[] = [];

  record(deltas: RegionDelta[], merge?: string): void {
    this.undone = [];
    const top = this.done.at(-1);
    if (merge && top?.merge === merge) {
      for (const delta of deltas) {
        const same = top.deltas.find((d) => d.id === delta.id);
        if (same) same.after = delta.after;
        else top.deltas.push(delta);
      }
      return;
    }
    this.done.push({ deltas, ...(merge ? { merge } : {}) });
    if (this.done.length > DEPTH) this.done.shift();
  }

  /** Ends merging: the next edit starts a step of its own even under the same key. */
  seal(): void {
    const top = this.done.at(-1);
    if (top) delete top.merge;
  }

  /** The changes that take the last step back, or null when there is none. */
  undo(): RegionDelta[] | null {
    const step = this.done.pop();
    if (!step) return null;
    this.undone.push({ deltas: step.deltas });
    return step.deltas.map(({ id, before, after }) => ({ id, before: after, after: before })).reverse();
  }

  redo(): RegionDelta[] | null {
    const step = this.undone.pop();
    if (!step) return null;
    this.done.push({ deltas: step.deltas });
    return step.deltas;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }
}
