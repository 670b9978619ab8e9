import { describe, expect, it } from 'vitest';
import { findEdit, shiftEntities } from '../../../src/shared/text/shift-entities';

const span = (id: string, start: number, end: number) => ({ id, start, end });
/** The entities' words in the new text, to read the results as words rather than numbers. */
const words = (text: string, entities: readonly { start: number; end: number }[]) => entities.map((e) => text.slice(e.start, e.end));

describe('findEdit', () => {
  it('finds the one replaced stretch between two texts', () => {
    expect(findEdit('Alash Orda', 'Alash-Orda')).toEqual({ start: 5, oldEnd: 6, newEnd: 6 });
    expect(findEdit('abc', 'abXc')).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
    expect(findEdit('abc', 'ac')).toEqual({ start: 1, oldEnd: 2, newEnd: 1 });
  });

  it('never lets the common suffix overlap the prefix', () => {
    expect(findEdit('aa', 'a')).toEqual({ start: 1, oldEnd: 2, newEnd: 1 });
    expect(findEdit('a', 'aaa')).toEqual({ start: 1, oldEnd: 1, newEnd: 3 });
  });
});

describe('shiftEntities', () => {
  const text = 'Бөкейханов Алашорда үкіметі Семей қаласында';
  const person = span('e-00000001', 0, 10); // Бөкейханов
  const org = span('e-00000002', 11, 19); // Алашорда
  const place = span('e-00000003', 28, 33); // Семей

  it('gives back the same array when nothing moves', () => {
    const entities = [person, org, place];
    expect(shiftEntities(text, text, entities)).toBe(entities);
    expect(shiftEntities(text, `${text}.`, entities)).toBe(entities);
  });

  it('moves entities after an insertion and keeps those before it', () => {
    const after = text.replace('Алашорда үкіметі', 'Алашорда уақытша үкіметі');
    const shifted = shiftEntities(text, after, [person, org, place]);
    expect(words(after, shifted)).toEqual(['Бөкейханов', 'Алашорда', 'Семей']);
    expect(shifted[0]).toBe(person);
    expect(shifted[2]).toEqual({ ...place, start: 36, end: 41 });
  });

  it('moves entities back after a deletion', () => {
    const after = text.replace(' үкіметі', '');
    expect(words(after, shiftEntities(text, after, [person, org, place]))).toEqual(['Бөкейханов', 'Алашорда', 'Семей']);
  });

  it('keeps text typed right before or right after an entity outside it', () => {
    const before = 'Ә. Бөкейханов';
    const entity = span('e-00000004', 3, 13);
    expect(words('Ә. Бөкейханов,', shiftEntities(before, 'Ә. Бөкейханов,', [entity]))).toEqual(['Бөкейханов']);
    expect(words('Ә. «Бөкейханов', shiftEntities(before, 'Ә. «Бөкейханов', [entity]))).toEqual(['Бөкейханов']);
  });

  it('grows an entity when text is typed inside it and shrinks it when text inside is deleted', () => {
    const grown = 'Бөкейхан-ов Алашорда үкіметі Семей қаласында';
    expect(words(grown, shiftEntities(text, grown, [person]))).toEqual(['Бөкейхан-ов']);
    const shrunk = 'Бөкей Алашорда үкіметі Семей қаласында';
    expect(words(shrunk, shiftEntities(text, shrunk, [person, org]))).toEqual(['Бөкей', 'Алашорда']);
  });

  it('drops an entity whose words were deleted or replaced whole', () => {
    const deleted = 'Бөкейханов үкіметі Семей қаласында';
    expect(words(deleted, shiftEntities(text, deleted, [person, org, place]))).toEqual(['Бөкейханов', 'Семей']);
    const replaced = text.replace('Семей', 'Омбы');
    expect(words(replaced, shiftEntities(text, replaced, [person, place]))).toEqual(['Бөкейханов']);
    expect(shiftEntities(text, '', [person, org, place])).toEqual([]);
  });

  it('takes in new text where an edit cuts across an entity edge', () => {
    // "ов Алаш" replaced: the end of one entity and the start of the next are in the edit.
    const after = text.replace('ов Алаш', ' — Х — ');
    const shifted = shiftEntities(text, after, [person, org]);
    expect(words(after, shifted)).toEqual(['Бөкейхан — Х — ', ' — Х — орда']);
  });

  it('counts in UTF-16 units, as a textarea selection does', () => {
    const before = '𝔸 Алаш';
    const entity = span('e-00000005', 3, 7);
    expect(words(before, [entity])).toEqual(['Алаш']);
    const after = '𝔸𝔸 Алаш';
    expect(words(after, shiftEntities(before, after, [entity]))).toEqual(['Алаш']);
  });

  it('keeps every other field of an entity', () => {
    const entity = { ...org, type: 'organisation' as const, normalized: 'Алаш Орда', identifier: 'Q1326436' };
    const after = `1917. ${text}`;
    expect(shiftEntities(text, after, [entity])).toEqual([{ ...entity, start: 17, end: 25 }]);
  });
});
