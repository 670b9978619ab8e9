import MiniSearch from 'minisearch';
import { parseEntryId, type IndexEntry } from './entries';
import { indexOptions } from './index-options';
import type { IndexedState } from './indexed-state';

/**
 * The MiniSearch index with what it holds per document: its entry ids (to replace or drop them
 * without the entries themselves) and what they were made from.
 */
export class LiveIndex {
  private readonly entries = new Map<string, Set<string>>();

  constructor(
    readonly index: MiniSearch<IndexEntry> = new MiniSearch(indexOptions),
    private readonly states = new Map<string, IndexedState>(),
    entryIds: Iterable<string> = [],
  ) {
    for (const id of entryIds) {
      const ref = parseEntryId(id);
      if (ref) this.entriesOf(ref.docId).add(id);
    }
  }

  /** Documents with entries or a state. */
  documentIds(): string[] {
    return [...new Set([...this.entries.keys(), ...this.states.keys()])];
  }

  state(docId: string): IndexedState | undefined {
    return this.states.get(docId);
  }

  /** A copy, to be saved while the index goes on changing. */
  allStates(): Map<string, IndexedState> {
    return new Map(this.states);
  }

  /** The entries are as they were, read from files with a new stamp. */
  setState(docId: string, state: IndexedState): void {
    this.states.set(docId, state);
  }

  /** Replaces the entries with these ids (those not in `entries` are dropped) and records what they were made from. */
  replace(docId: string, ids: Iterable<string>, entries: readonly IndexEntry[], state: IndexedState): void {
    const own = this.entriesOf(docId);
    for (const id of ids) this.drop(own, id);
    for (const entry of entries) {
      this.drop(own, entry.id);
      this.index.add(entry);
      own.add(entry.id);
    }
    this.states.set(docId, state);
  }

  /** Replaces every entry of a document. */
  replaceAll(docId: string, entries: readonly IndexEntry[], state: IndexedState): void {
    this.replace(docId, [...this.entriesOf(docId)], entries, state);
  }

  remove(docId: string): void {
    const own = this.entriesOf(docId);
    for (const id of [...own]) this.drop(own, id);
    this.entries.delete(docId);
    this.states.delete(docId);
  }

  /** Its entries stay as they were, but the next open indexes the document again. */
  markStale(docId: string): void {
    this.states.delete(docId);
  }

  private entriesOf(docId: string): Set<string> {
    let own = this.entries.get(docId);
    if (!own) {
      own = new Set();
      this.entries.set(docId, own);
    }
    return own;
  }

  // discard: MiniSearch cleans the postings lazily, without the entry's text.
  private drop(own: Set<string>, id: string): void {
    if (this.index.has(id)) this.index.discard(id);
    own.delete(id);
  }
}
