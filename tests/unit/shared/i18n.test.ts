import { describe, expect, it } from 'vitest';
import { LANGUAGES, pickLanguage } from '../../../src/shared/i18n/languages';
import { resources } from '../../../src/shared/i18n/resources';

type Tree = { [key: string]: string | Tree };

/** Flattens a catalogue to key → text, folding plural suffixes (_one, _few…) into their base key. */
function flatten(tree: Tree, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      const base = path.replace(/_(zero|one|two|few|many|other)$/, '');
      out.set(base, [...(out.get(base) ?? []), value]);
    } else {
      for (const [k, v] of flatten(value, path)) out.set(k, [...(out.get(k) ?? []), ...v]);
    }
  }
  return out;
}

const variables = (texts: string[]) => [...new Set(texts.flatMap((t) => [...t.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1])))].sort();

describe('the Kazakh, Russian and English catalogues', () => {
  const english = flatten(resources.en.translation);

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has every English key, no empty text, and the same placeholders', (language) => {
    const catalogue = flatten(resources[language].translation);
    expect([...catalogue.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, texts] of catalogue) {
      for (const text of texts) expect(text.trim(), `${language}:${key}`).not.toBe('');
      expect(variables(texts), `${language}:${key}`).toEqual(variables(english.get(key) ?? []));
    }
  });

  it('covers the plural forms each language needs', () => {
    const forms = (language: string) => new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const language of LANGUAGES) {
      const keys = Object.keys((resources[language].translation as unknown as { library: Tree }).library);
      for (const category of forms(language)) expect(keys, `${language} library.count_${category}`).toContain(`count_${category}`);
    }
  });

  it('follows the system language and falls back to English', () => {
    expect(pickLanguage(['kk-KZ', 'ru'])).toBe('kk');
    expect(pickLanguage(['ru_RU.UTF-8'])).toBe('ru');
    expect(pickLanguage(['de-DE', 'fr'])).toBe('en');
    expect(pickLanguage([undefined, 'en-GB'])).toBe('en');
  });
});
