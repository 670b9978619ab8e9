import { describe, expect, it } from 'vitest';
import { transliterate } from '../../../src/renderer/src/annotate/panel/transliteration';
import type { RegionContent } from '../../../src/shared/domain/annotations';
import { tallyProgress } from '../../../src/renderer/src/annotate/panel/progress';
import { moveStep, neighbour, placeRelative } from '../../../src/renderer/src/annotate/panel/reorder';
import { contentChanges, restorePatch } from '../../../src/renderer/src/annotate/panel/revision-changes';
import { textDiff } from '../../../src/renderer/src/annotate/panel/text-diff';

describe('reading order', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('places a region before or after another', () => {
    expect(placeRelative(ids, 'd', 'a', 'before')).toEqual(['d', 'a', 'b', 'c']);
    expect(placeRelative(ids, 'a', 'c', 'after')).toEqual(['b', 'c', 'a', 'd']);
    expect(placeRelative(ids, 'a', 'a', 'after')).toEqual(ids);
    expect(placeRelative(ids, 'x', 'a', 'after')).toEqual(ids);
  });

  it('finds the next shown region either way, or none at the ends', () => {
    expect(neighbour(ids, 'a', 1)).toBe('b');
    expect(neighbour(ids, 'a', -1)).toBeNull();
    expect(neighbour(ids, 'd', 1)).toBeNull();
    expect(neighbour(ids, 'a', 1, (id) => id !== 'b')).toBe('c');
  });

  it('moves a region one step past its shown neighbour', () => {
    expect(moveStep(ids, 'c', -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveStep(ids, 'a', 1, (id) => id !== 'b')).toEqual(['b', 'c', 'a', 'd']);
    expect(moveStep(ids, 'a', -1)).toBeNull();
  });
});

describe('progress', () => {
  it('counts done and reviewed regions on the page and in the document', () => {
    const regions = [
      { page: 0, status: 'done' as const },
      { page: 0, status: 'draft' as const },
      { page: 0, status: 'reviewed' as const },
      { page: 1, status: 'done' as const },
      { page: 1, status: 'in-progress' as const },
    ];
    expect(tallyProgress(regions, 0)).toEqual({ page: { done: 2, total: 3 }, doc: { done: 3, total: 5 } });
    expect(tallyProgress(regions, 2)).toEqual({ page: { done: 0, total: 0 }, doc: { done: 3, total: 5 } });
  });
});

describe('revisions', () => {
  const box = { type: 'rect', x: 10, y: 10, width: 100, height: 50 } as const;
  const before: RegionContent = {
    page: 0,
    shape: box,
    kind: 'text',
    order: 0,
    text: 'Алаш Орда үкіметі',
    language: 'kk',
    script: 'Cyrl',
    direction: 'ltr',
    lines: [],
    status: 'draft',
    tags: ['1917', 'съезд'],
    entities: [],
  };

  it('lists what changed besides the text', () => {
    const after: RegionContent = { ...before, kind: 'heading', status: 'done', language: undefined, tags: ['1917', 'Алаш'], shape: { ...box, x: 12 }, order: 3 };
    expect(contentChanges(before, after)).toEqual([
      { field: 'kind', from: 'text', to: 'heading' },
      { field: 'status', from: 'draft', to: 'done' },
      { field: 'language', from: 'kk', to: undefined },
      { field: 'tags', added: ['Алаш'], removed: ['съезд'] },
      { field: 'shape' },
      { field: 'order' },
    ]);
    expect(contentChanges(before, { ...before, text: 'other' })).toEqual([]);
  });

  it('restores every recorded field but the place in the reading order, emptying what the revision left empty', () => {
    const patch = restorePatch({ ...before, language: undefined, page: 4, order: 9 });
    expect(patch).not.toHaveProperty('page');
    expect(patch).not.toHaveProperty('order');
    expect(patch).toHaveProperty('language', undefined);
    expect(patch.text).toBe(before.text);
    expect(patch.tags).toEqual(before.tags);
  });

  it('diffs texts word by word in any script', () => {
    expect(textDiff('Алаш Орда үкіметі', 'Алаш Орда уақытша үкіметі')).toEqual([
      { text: 'Алаш Орда ', change: 'same' },
      { text: 'уақытша ', change: 'added' },
      { text: 'үкіметі', change: 'same' },
    ]);
    const parts = textDiff('قازاق گازەتى', 'قازاق جۋرنالى') ?? [];
    expect(parts.filter((p) => p.change === 'removed').map((p) => p.text.trim())).toEqual(['گازەتى']);
    expect(parts.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual(['جۋرنالى']);
  });
});

describe('a region’s text shown in another script', () => {
  it('reads Cyrillic in the official Latin and in төте жазу', () => {
    expect(transliterate('Алаш автономиясы', 'latin')).toBe('Alaş avtonomiiasy');
    expect(transliterate('Алаш', 'tote')).toBe('الاچ');
  });
  it('reads төте жазу and Latin back in Cyrillic', () => {
    expect(transliterate('الاچ', 'cyrillic')).toBe('алаш');
    expect(transliterate('Alaş', 'cyrillic')).toBe('Алаш');
  });
});
