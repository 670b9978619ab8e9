/** What the cache needs of a canvas: its size, which it zeroes to give the memory back. */
export interface SizedCanvas {
  width: number;
  height: number;
}

/**
 * Drawn pages kept for a quick return (paging back shows them at once), bounded by their total
 * pixels; the least recently used are released beyond the budget. A canvas taken out is the
 * caller's until it is put back or released.
 */
export class CanvasCache<C extends SizedCanvas> {
  private readonly entries = new Map<string, C>();
  private pixels = 0;

  constructor(private readonly budgetPixels: number) {}

  take(key: string): C | undefined {
    const canvas = this.entries.get(key);
    if (!canvas) return undefined;
    this.entries.delete(key);
    this.pixels -= canvas.width * canvas.height;
    return canvas;
  }

  put(key: string, canvas: C): void {
    const size = canvas.width * canvas.height;
    if (size > this.budgetPixels) return release(canvas);
    const old = this.take(key);
    if (old && old !== canvas) release(old);
    this.entries.set(key, canvas);
    this.pixels += size;
    for (const [oldKey, oldCanvas] of this.entries) {
      if (this.pixels <= this.budgetPixels) break;
      this.entries.delete(oldKey);
      this.pixels -= oldCanvas.width * oldCanvas.height;
      release(oldCanvas);
    }
  }

  get size(): { entries: number; pixels: number } {
    return { entries: this.entries.size, pixels: this.pixels };
  }
}

/** A zero-sized canvas frees its backing store at once instead of at garbage collection. */
export function release(canvas: SizedCanvas): void {
  canvas.width = 0;
  canvas.height = 0;
}
