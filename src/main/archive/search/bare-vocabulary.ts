import { foldDiacritics } from '../../../shared/text/normalize';
import { PREFIX_FROM } from './index-terms';

/**
 * The vocabulary's keys by their bare spelling, diacritics folded (ә а, қ к, ң н, ө о, ұ ү у,
 * і и, ş s, ä a …): what someone typing without a Kazakh keyboard writes. Made from the
 * vocabulary when first asked, then kept up as keys are added.
 */
export class BareVocabulary {
  private readonly entries: { bare: string; key: string }[] = [];

  constructor(keys: Iterable<string>) {
    for (const key of keys) this.add(key);
  }

  add(key: string): void {
    const bare = foldDiacritics(key);
    // Folding keeps a letter a letter; a key it shortens could not lend its prefixes.
    if (bare.length === key.length) this.entries.push({ bare, key });
  }

  /**
   * The terms the index holds for what a query key means with its diacritics ignored: the key
   * itself, and each spelling of it with marks (its start, of the key's length, when it is
   * PREFIX_FROM letters or more, as prefixes are terms of their own; the whole key otherwise).
   */
  termsLike(queryKey: string): string[] {
    const bare = foldDiacritics(queryKey);
    const prefix = bare.length >= PREFIX_FROM;
    const terms = new Set([queryKey]);
    for (const entry of this.entries) {
      if (prefix ? entry.bare.startsWith(bare) : entry.bare === bare) terms.add(entry.key.slice(0, bare.length));
    }
    return [...terms];
  }
}
