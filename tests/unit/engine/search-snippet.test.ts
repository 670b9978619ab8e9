import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../../src/main/archive/search/snippet';

const marked = (text: string, word: string) => {
  const { snippet, highlights } = makeSnippet(text, (w) => w.toLowerCase() === word);
  return { snippet, words: highlights.map(({ start, end }) => snippet.slice(start, end)) };
};

describe('search snippets', () => {
  it('shows a short text whole, on one line, with every match marked', () => {
    expect(marked('Алаш\nавтономиясы  және Алаш', 'алаш')).toEqual({ snippet: 'Алаш автономиясы және Алаш', words: ['Алаш', 'Алаш'] });
  });

  it('cuts a long text at spaces around the first match, with ellipses', () => {
    const text = `${'бір '.repeat(60)}Алашорда ${'екі '.repeat(60)}`;
    const { snippet, words } = marked(text, 'алашорда');
    expect(snippet).toMatch(/^…(бір )+Алашорда( екі)+…$/);
    expect(snippet.length).toBeLessThanOrEqual(124);
    expect(snippet.indexOf('Алашорда')).toBeGreaterThan(30);
    expect(words).toEqual(['Алашорда']);
  });

  it('reaches back from a match near the end, and starts at the beginning when nothing matches', () => {
    const text = `${'бір '.repeat(60)}соңы`;
    expect(marked(text, 'соңы').snippet).toMatch(/^…(бір )+соңы$/);
    expect(marked(text, 'жоқ')).toEqual({ snippet: `${'бір '.repeat(29)}бір…`, words: [] });
  });

  it('keeps a match longer than the window whole', () => {
    const long = 'а'.repeat(300);
    expect(marked(`басы ${long} соңы`, long).words).toEqual([long]);
  });
});
