import { Index } from 'flexsearch';

/**
 * A lookup not yet resolved (FlexSearch's Resolver), combined with others and then resolved to
 * entry numbers, best first. FlexSearch's own typings of it are generic over its Document
 * results and reject one Index's resolver as the argument of another's: this is the part used.
 */
export interface Ranked {
  /** The entries found so far, by rank band: empty when nothing is. */
  readonly result: readonly unknown[];
  or(...others: Ranked[]): Ranked;
  and(other: Ranked): Ranked;
  resolve(options: { limit: number }): number[];
}

/** One of FlexSearch's exported chunks: its key and its data, JSON as FlexSearch wrote it. */
export type IndexChunk = [key: string, data: unknown];

/**
 * FlexSearch's options for one field. Terms arrive worked out (index-terms.ts), joined by
 * spaces, so its encoder only splits them, and a query key is looked up as it is. No
 * `fastupdate`: its register doubles the index's memory and FlexSearch cannot reload it; a
 * removal walks the postings instead (milliseconds).
 */
const OPTIONS = {
  tokenize: 'strict',
  encode: (terms: string) => terms.split(' '),
  resolution: 9,
  fastupdate: false,
  cache: false,
} as const;

/** The postings of one indexed field, by entry number. */
export class FieldIndex {
  private readonly index = new Index(OPTIONS);

  add(entry: number, terms: readonly string[]): void {
    if (terms.length > 0) this.index.add(entry, terms.join(' '));
  }

  remove(entry: number): void {
    if (this.index.contain(entry)) this.index.remove(entry);
  }

  /** The entries holding a term, ranked, unresolved: to be combined with others. */
  find(term: string): Ranked {
    return this.index.search(term, { resolve: false }) as unknown as Ranked;
  }

  chunks(): IndexChunk[] {
    const chunks: IndexChunk[] = [];
    this.index.export((key, data) => {
      chunks.push([key, data]);
    });
    return chunks;
  }

  static load(chunks: readonly IndexChunk[]): FieldIndex {
    const field = new FieldIndex();
    // FlexSearch parses a chunk given as text, and takes one parsed already as it is.
    for (const [key, data] of chunks) field.index.import(key, data as string);
    return field;
  }
}
