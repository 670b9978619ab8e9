import { Index } from 'flexsearch';

/**
 * A lookup not yet resolved (FlexSearch's Resolver), combined with others and then resolved to
 * entry numbers, best first. FlexSearch's own typings of it are generic over its Document
 * results and reject one Index's resolver as the argument of another's: this is the part used.
 */
export interface Ranked {
  /** The entries found so far, by rank band (a band may be missing): empty when nothing is. */
  readonly result: readonly (readonly number[] | null | undefined)[];
  or(...others: Ranked[]): Ranked;
  and(other: Ranked): Ranked;
  resolve(options: { limit: number }): number[];
}

/** One of FlexSearch's exported chunks: its key and its data, JSON as FlexSearch wrote it. */
export type IndexChunk = [key: string, data: unknown];

/**
 * FlexSearch's options. Terms arrive worked out (index-terms.ts), joined by spaces, so its
 * encoder only splits them, and a query key is looked up as it is. No
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

const isEntryNumber = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isBand = (value: unknown) => value === null || (Array.isArray(value) && value.every(isEntryNumber));
const isPosting = (value: unknown) => Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && Array.isArray(value[1]) && value[1].every(isBand);

/**
 * Whether a chunk is one FlexSearch's import reads as it was written: the register (entry
 * numbers) or part of the map (term → rank bands of entry numbers). FlexSearch takes anything
 * and answers garbage later; a file damaged this way is rebuilt instead. A loop, not a schema:
 * a million words make millions of numbers.
 */
function isChunk([key, data]: IndexChunk): boolean {
  if (!Array.isArray(data)) return false;
  if (key.endsWith('reg')) return data.every(isEntryNumber);
  if (key.endsWith('map')) return data.every(isPosting);
  return false;
}

/** The postings of every entry's terms, by entry number: a term looked up once, whatever field it is in. */
export class Postings {
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

  /** Postings as chunks() gave them; throws on a chunk FlexSearch would misread. */
  static load(chunks: readonly IndexChunk[]): Postings {
    const bad = chunks.find((chunk) => !isChunk(chunk));
    if (bad) throw new Error(`its postings are damaged (chunk ${bad[0]})`);
    const postings = new Postings();
    // FlexSearch parses a chunk given as text, and takes one parsed already as it is.
    for (const [key, data] of chunks) postings.index.import(key, data as string);
    return postings;
  }
}
