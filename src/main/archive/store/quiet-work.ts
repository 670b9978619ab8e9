/**
 * Work that waits for a quiet moment: it runs once nothing has happened for `quietMs`, each key
 * once however often it was asked for. Upkeep that only makes later saves cheaper goes here, so
 * that it never competes for the disk with the saves of a burst (several clients, an undo of
 * many regions) but runs in the pauses between an archivist's edits.
 */
export class QuietWork {
  private readonly waiting = new Map<string, () => void>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly quietMs: number) {}

  /** Something happened: the quiet moment starts again from now. */
  touch(): void {
    if (this.waiting.size > 0) this.arm();
  }

  add(key: string, work: () => void): void {
    this.waiting.set(key, work);
    this.arm();
  }

  /** Drops what waits (the store is closing). */
  clear(): void {
    clearTimeout(this.timer);
    this.waiting.clear();
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const work = [...this.waiting.values()];
      this.waiting.clear();
      for (const run of work) run();
    }, this.quietMs);
    // Waiting work never keeps a process (the CLI) alive: it is only an optimisation.
    this.timer.unref();
  }
}
