import { PDFDataRangeTransport } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Fetches bytes [begin, end) of the file. */
export type ReadRange = (begin: number, end: number, signal: AbortSignal) => Promise<Uint8Array>;

/**
 * Hands pdf.js the byte ranges it asks for, fetched one request per range, until the document is
 * destroyed (pdf.js calls `abort`) or stopped. pdf.js has no way to hear that a range failed: it
 * would wait for those bytes forever. So a failed read stops the transport and rejects `failure`,
 * which callers race against pdf.js's own promises.
 */
export class RangeTransport extends PDFDataRangeTransport {
  readonly failure: Promise<never>;
  readonly #read: ReadRange;
  readonly #stop = new AbortController();
  #fail: (error: unknown) => void = () => undefined;

  constructor(length: number, initialData: Uint8Array, read: ReadRange) {
    super(length, initialData);
    this.#read = read;
    this.failure = new Promise<never>((_, reject) => {
      this.#fail = reject;
    });
    // Kept for whoever races it later; nobody may be listening when a read fails.
    this.failure.catch(() => undefined);
  }

  isStopped(): boolean {
    return this.#stop.signal.aborted;
  }

  override requestDataRange(begin: number, end: number): void {
    void this.#deliver(begin, end);
  }

  override abort(): void {
    this.stop();
  }

  /** No more requests; those under way are cancelled. */
  stop(): void {
    this.#stop.abort();
  }

  async #deliver(begin: number, end: number): Promise<void> {
    if (this.isStopped()) return;
    let bytes: Uint8Array;
    try {
      bytes = await this.#read(begin, end, this.#stop.signal);
    } catch (error) {
      if (this.isStopped()) return;
      // The document cannot finish what needed this range; later ranges would not help it.
      this.stop();
      this.#fail(error);
      return;
    }
    if (!this.isStopped()) this.onDataRange(begin, bytes);
  }
}
