/** Pages mounted on a stage now, counted by `docId/index` (the compare view may mount one twice). */
const mounted = new Map<string, number>();
const keyOf = (docId: string, page: number) => `${docId}/${page}`;

/** Marks a page as mounted until the returned function is called. */
export function putOnStage(docId: string, page: number): () => void {
  const key = keyOf(docId, page);
  mounted.set(key, (mounted.get(key) ?? 0) + 1);
  return () => {
    const left = (mounted.get(key) ?? 1) - 1;
    if (left > 0) mounted.set(key, left);
    else mounted.delete(key);
  };
}

/** Whether a page is mounted: it has asked for its files itself, and nothing need be fetched ahead for it. */
export const isOnStage = (docId: string, page: number): boolean => mounted.has(keyOf(docId, page));
