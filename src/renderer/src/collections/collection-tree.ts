import type { Collection } from '../../../shared/domain/catalog';

export interface CollectionNode {
  collection: Collection;
  depth: number;
  children: CollectionNode[];
}

const naturalOrder = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** The parent a collection really hangs from: a parent that is missing (or a loop) puts it at the top. */
function parentsById(collections: readonly Collection[]): Map<string, string | undefined> {
  const known = new Set(collections.map((c) => c.id));
  const parents = new Map(collections.map((c) => [c.id, c.parent !== undefined && known.has(c.parent) ? c.parent : undefined]));
  for (const { id } of collections) {
    const seen = new Set<string>();
    for (let at: string | undefined = id; at !== undefined; at = parents.get(at)) {
      if (seen.has(at)) {
        parents.set(id, undefined);
        break;
      }
      seen.add(at);
    }
  }
  return parents;
}

/** The nested shelves, each level in natural order of names («№ 9» before «№ 28»). */
export function buildTree(collections: readonly Collection[]): CollectionNode[] {
  const parents = parentsById(collections);
  const childrenOf = new Map<string | undefined, Collection[]>();
  for (const collection of collections) {
    const parent = parents.get(collection.id);
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), collection]);
  }
  const grow = (parent: string | undefined, depth: number): CollectionNode[] =>
    [...(childrenOf.get(parent) ?? [])]
      .sort((a, b) => naturalOrder.compare(a.name, b.name))
      .map((collection) => ({ collection, depth, children: grow(collection.id, depth + 1) }));
  return grow(undefined, 0);
}

/** The tree as a flat list in display order, for selects and checklists. */
export function flattenTree(nodes: readonly CollectionNode[]): CollectionNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

/** A collection and every collection nested in it, at any depth. */
export function collectionScope(collections: readonly Collection[], id: string): Set<string> {
  const parents = parentsById(collections);
  const scope = new Set<string>();
  for (const { id: candidate } of collections) {
    for (let at: string | undefined = candidate; at !== undefined; at = parents.get(at)) {
      if (at === id) {
        scope.add(candidate);
        break;
      }
    }
  }
  return scope;
}

/** A collection's id and the ids of all its ancestors. */
function withAncestors(parents: ReadonlyMap<string, string | undefined>, id: string): string[] {
  const out: string[] = [];
  for (let at: string | undefined = id; at !== undefined; at = parents.get(at)) out.push(at);
  return out;
}

/** How many documents each collection holds, counting those in its sub-collections (each once). */
export function documentCounts(collections: readonly Collection[], documents: readonly { collections: readonly string[] }[]): Map<string, number> {
  const parents = parentsById(collections);
  const counts = new Map<string, number>();
  for (const doc of documents) {
    const reached = new Set(doc.collections.filter((id) => parents.has(id)).flatMap((id) => withAncestors(parents, id)));
    for (const id of reached) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Where a collection may move: anywhere except into itself or its own sub-collections. */
export function possibleParents(collections: readonly Collection[], id: string): Collection[] {
  const scope = collectionScope(collections, id);
  return flattenTree(buildTree(collections))
    .map((node) => node.collection)
    .filter((c) => !scope.has(c.id));
}

/** The names from the top shelf down to this collection: «Сарыарқа › 1918 › № 28». */
export function collectionPath(collections: readonly Collection[], id: string): string[] {
  const parents = parentsById(collections);
  const names = new Map(collections.map((c) => [c.id, c.name]));
  if (!names.has(id)) return [];
  return withAncestors(parents, id)
    .reverse()
    .map((at) => names.get(at) ?? at);
}
