/** The thumbnail a key moves the focus to within a strip of `count`, or null for a key the strip leaves alone. */
export function nextFocusIndex(key: string, index: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The virtualiser's rows plus the focusable one, so Tab can always reach the strip even when it is scrolled away. */
export function withIndex(indexes: readonly number[], index: number): number[] {
  if (index < 0 || indexes.includes(index)) return [...indexes];
  return [...indexes, index].sort((a, b) => a - b);
}
