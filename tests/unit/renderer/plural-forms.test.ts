import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/shared/i18n/languages';
import { resources } from '../../../src/shared/i18n/resources';

type Tree = { [key: string]: string | Tree };

/** Every key with a plural suffix, as base key → the suffixes present. */
function pluralKeys(tree: Tree, prefix = '', out = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value !== 'string') pluralKeys(value, path, out);
    else {
      const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(path);
      if (match?.[1] && match[2]) out.set(match[1], (out.get(match[1]) ?? new Set()).add(match[2]));
    }
  }
  return out;
}

describe('every counted message', () => {
  it.each(LANGUAGES)('has each plural form %s needs (Russian one/few/many/other, Kazakh one/other)', (language) => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const english = [...pluralKeys(resources.en.translation).keys()];
    const mine = pluralKeys(resources[language].translation);
    expect(english.length).toBeGreaterThan(20);
    for (const key of english) expect([...(mine.get(key) ?? [])].sort(), `${language}:${key}`).toEqual(expect.arrayContaining([...needed]));
  });
});
