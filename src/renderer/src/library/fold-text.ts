/** Quotation marks archivists type around names («Қазақ», „Ұран“): a search ignores them. */
const QUOTES = /[«»‹›„“”‟"]/g;

/**
 * Text as the quick filter compares it: NFKC, without quotation marks, lowercased the Kazakh way,
 * one space between words.
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').replace(QUOTES, '').toLocaleLowerCase('kk').replace(/\s+/g, ' ').trim();
}

/** The words of a query, folded: a document matches when it holds every one of them. */
export function queryWords(query: string): string[] {
  return foldText(query).split(' ').filter(Boolean);
}
