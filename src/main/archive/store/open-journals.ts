/** How many journals keep their append handle open: enough for the documents being edited, well under any descriptor limit. */
export const MAX_OPEN_JOURNALS = 32;

/**
 * The documents whose journal handle is open, least recently saved first. Past the limit the
 * oldest is handed to `close` (which closes it in its shard's queue, never under an append).
 */
export class OpenJournals {
  private readonly order = new Set<string>();

  constructor(
    private readonly close: (docId: string) => void,
    private readonly limit = MAX_OPEN_JOURNALS,
  ) {}

  saved(docId: string): void {
    this.order.delete(docId);
    this.order.add(docId);
    if (this.order.size <= this.limit) return;
    const [oldest] = this.order;
    if (oldest === undefined) return;
    this.order.delete(oldest);
    // After the save at hand has answered: closing is no part of its cost.
    setImmediate(() => this.close(oldest));
  }

  forget(docId: string): void {
    this.order.delete(docId);
  }
}
