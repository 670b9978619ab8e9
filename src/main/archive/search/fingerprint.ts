import { createHash } from 'node:crypto';
import type { Region } from '../../../shared/domain/annotations';
import { queryKeys, searchKeys, tokenize } from '../../../shared/text/normalize';

/**
 * What a document's region entries were made from: each region's revision and comment count (a
 * comment is no revision). Equal fingerprints: the saved entries are current.
 */
export function regionsFingerprint(regions: readonly Region[]): string {
  const hash = createHash('sha256');
  const parts = regions.map((r) => `${r.id}:${r.revision}:${r.comments.length}`).sort();
  for (const part of parts) hash.update(`${part}\n`);
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
    for (const token of tokenize(probe)) hash.update(`${token.text}=${searchKeys(token.text).join(',')}|${queryKeys(token.text).join(',')}\n`);
  }
  return hash.digest('base64url').slice(0, 22);
}
