import { describe, expect, it } from 'vitest';
import {
  buildTree,
  collectionPath,
  collectionScope,
  documentCounts,
  flattenTree,
  possibleParents,
} from '../../../src/renderer/src/collections/collection-tree';
import type { Collection } from '../../../src/shared/domain/catalog';

const shelves: Collection[] = [
  { id: 'c-no28', name: '№ 28', parent: 'c-1918' },
  { id: 'c-saryarqa', name: 'Сарыарқа' },
  { id: 'c-1918', name: '1918', parent: 'c-saryarqa' },
  { id: 'c-no9', name: '№ 9', parent: 'c-1918' },
  { id: 'c-qazaq', name: 'Қазақ' },
  { id: 'c-orphan', name: 'Жетім', parent: 'c-gone' },
];
const names = (nodes: ReturnType<typeof flattenTree>) => nodes.map((n) => `${'  '.repeat(n.depth)}${n.collection.name}`);

describe('the collection tree', () => {
  it('nests collections under their parents, each level in natural order; a lost parent puts a collection at the top', () => {
    expect(names(flattenTree(buildTree(shelves)))).toEqual(['Жетім', 'Қазақ', 'Сарыарқа', '  1918', '    № 9', '    № 28']);
  });

  it('survives a loop in the parents', () => {
    const loop: Collection[] = [
      { id: 'c-aaaa', name: 'A', parent: 'c-bbbb' },
      { id: 'c-bbbb', name: 'B', parent: 'c-aaaa' },
    ];
    expect(flattenTree(buildTree(loop))).toHaveLength(2);
    expect(collectionScope(loop, 'c-aaaa').has('c-aaaa')).toBe(true);
  });

  it('scopes a collection to itself and everything nested in it', () => {
    expect([...collectionScope(shelves, 'c-saryarqa')].sort()).toEqual(['c-1918', 'c-no28', 'c-no9', 'c-saryarqa']);
    expect([...collectionScope(shelves, 'c-no28')]).toEqual(['c-no28']);
    expect([...collectionScope(shelves, 'c-unknown')]).toEqual([]);
  });

  it('counts documents with those of sub-collections, each document once', () => {
    const counts = documentCounts(shelves, [
      { collections: ['c-no28'] },
      { collections: ['c-no28', 'c-1918'] },
      { collections: ['c-no9', 'c-qazaq'] },
      { collections: ['c-deleted'] },
      { collections: [] },
    ]);
    expect(Object.fromEntries(counts)).toEqual({ 'c-no28': 2, 'c-1918': 3, 'c-saryarqa': 3, 'c-no9': 1, 'c-qazaq': 1 });
  });

  it('offers every parent but the collection itself and its descendants', () => {
    expect(possibleParents(shelves, 'c-1918').map((c) => c.id)).toEqual(['c-orphan', 'c-qazaq', 'c-saryarqa']);
    expect(possibleParents(shelves, 'c-no9').map((c) => c.id)).toContain('c-1918');
  });

  it('names the path from the top shelf down', () => {
    expect(collectionPath(shelves, 'c-no28')).toEqual(['Сарыарқа', '1918', '№ 28']);
    expect(collectionPath(shelves, 'c-unknown')).toEqual([]);
  });
});
