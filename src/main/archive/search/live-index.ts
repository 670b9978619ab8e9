import { entryFacts, indexedText, parseEntryId, type EntryFacts, type IndexEntry } from './entries';
import { BareVocabulary } from './bare-vocabulary';
import { Postings, type IndexChunk } from './postings';
import type { IndexedState } from './indexed-state';
import { indexTerms } from './index-terms';

/** The index as it is saved: FlexSearch's chunks, the entries by number, and the vocabulary. */
export interface IndexContent {
  nextEntry: number;
  entries: [number, EntryFacts][];
  vocabulary: string[];
  postings: IndexChunk[];
}

/**
 * The search index: one FlexSearch index of all of an entry's texts, over entry numbers; each number's entry
 * (its id and the facts filters need); the entries of each document, to replace or drop them
 * without their text; what they were made from; and every key indexed whole, where typos are
 * looked up. The vocabulary only grows: a key no longer in any entry finds nothing.
 */
export class LiveIndex {
  readonly postings: Postings;
  readonly vocabulary: Set<string>;
  private readonly facts: Map<number, EntryFacts>;
  private readonly numbers = new Map<string, number>();
  private readonly entries = new Map<string, Set<string>>();
  private nextEntry: number;
  private bare: BareVocabulary | undefined;

  constructor(
    content?: IndexContent,
    private readonly states = new Map<string, IndexedState>(),
  ) {
    this.postings = content ? Postings.load(content.postings) : new Postings();
    this.vocabulary = new Set(content?.vocabulary);
    this.facts = new Map(content?.entries);
    this.nextEntry = content?.nextEntry ?? 0;
    for (const [number, facts] of this.facts) {
      this.numbers.set(facts.id, number);
      const ref = parseEntryId(facts.id);
      if (ref) this.entriesOf(ref.docId).add(facts.id);
    }
  }

  /** The entry an entry number stands for; undefined once it is replaced or dropped. */
  entry(number: number): EntryFacts | undefined {
    return this.facts.get(number);
  }

  /** The vocabulary by bare spelling, made when a search first ignores diacritics. */
  bareVocabulary(): BareVocabulary {
    return (this.bare ??= new BareVocabulary(this.vocabulary));
  }

  get size(): number {
    return this.facts.size;
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
      this.add(entry);
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

  /** Everything to save, copied out of the index: it may change while the copy is written. */
  content(): IndexContent {
    return {
      nextEntry: this.nextEntry,
      entries: [...this.facts],
      vocabulary: [...this.vocabulary],
      postings: this.postings.chunks(),
    };
  }

  private add(entry: IndexEntry): void {
    const number = this.nextEntry++;
    const { terms, keys } = indexTerms(indexedText(entry));
    this.postings.add(number, terms);
    for (const key of keys) {
      if (this.vocabulary.has(key)) continue;
      this.vocabulary.add(key);
      this.bare?.add(key);
    }
    this.facts.set(number, entryFacts(entry));
    this.numbers.set(entry.id, number);
  }

  private entriesOf(docId: string): Set<string> {
    let own = this.entries.get(docId);
    if (!own) {
      own = new Set();
      this.entries.set(docId, own);
    }
    return own;
  }

  private drop(own: Set<string>, id: string): void {
    const number = this.numbers.get(id);
    if (number !== undefined) {
      this.postings.remove(number);
      this.facts.delete(number);
      this.numbers.delete(id);
    }
    own.delete(id);
  }
}
