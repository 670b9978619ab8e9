import { createHash } from 'node:crypto';
import type { Region } from '../../../shared/domain/annotations';
import type { ArchiveDocument } from '../../../shared/domain/document';
import { searchForms, tokenize } from '../../../shared/text/normalize';

/**
 * What a document's entries were made from: its catalogue entry (updatedAt moves on every edit)
 * and each region's revision and comment count (a comment is no revision). Equal fingerprints:
 * the saved entries are current.
 */
export function documentFingerprint(doc: ArchiveDocument, regions: readonly Region[]): string {
  const hash = createHash('sha256').update(`${doc.id}\n${doc.updatedAt}`);
  const parts = regions.map((r) => `${r.id}:${r.revision}:${r.comments.length}`).sort();
  for (const part of parts) hash.update(`\n${part}`);
  return hash.digest('base64url').slice(0, 22);
}

/** Letters of every script the text tools know, each probed alone. */
const ALPHABETS = ['аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя', 'aäbcçdefgğhıiïjklmnñoöpqrsştuūüvwxyýz', 'ءٴابپتجچحخدرزژسشعغفقكگڭلمنوۋۇۆھەىيأإآةۀ'];
/** Words exercising their rules: the front-vowel mark, casing, look-alikes, loan letters, joined words. */
const WORDS = [
  'Алашорда',
  'Alaşorda',
  'الاشوردا',
  'ҚАЗАҚ',
  'İıIi',
  'Сарыарқа',
  'avtonomïyası',
  'ﻻ',
  "s'ol қазақ-қырғыз",
];

/**
 * The text tools' behaviour, hashed: words indexed under other forms would never be found, so
 * a change to normalisation or a transliteration table (a new release) makes saved indexes stale
 * without anyone having to remember to bump a number.
 */
export function textToolsFingerprint(): string {
  const hash = createHash('sha256');
  const probes = [...ALPHABETS.flatMap((alphabet) => Array.from(alphabet)), ...WORDS];
  for (const probe of probes) {
    for (const token of tokenize(probe)) hash.update(`${token.text}=${searchForms(token.text).join(',')}\n`);
  }
  return hash.digest('base64url').slice(0, 22);
}
