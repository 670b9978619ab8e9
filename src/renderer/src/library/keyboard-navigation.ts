/** The keys that move the focus through the list or the grid. */
export type MoveKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'PageUp' | 'PageDown';

export const isMoveKey = (key: string): key is MoveKey =>
  ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'].includes(key);

/**
 * Where the focus goes from `current` (-1: nothing focused yet) among `count` items laid out
 * `columns` to a row (1 in the list), `pageRows` rows to a screen. Left and right move only in
 * the grid. Undefined when there is nothing to move to.
 */
export function moveIndex(key: MoveKey, current: number, count: number, columns: number, pageRows: number): number | undefined {
  if (count === 0) return undefined;
  if (current < 0) return key === 'End' ? count - 1 : 0;
  const clamp = (n: number) => Math.min(count - 1, Math.max(0, n));
  const page = Math.max(1, pageRows) * columns;
  switch (key) {
    case 'ArrowDown':
      return clamp(current + columns);
    case 'ArrowUp':
      return clamp(current - columns);
    case 'ArrowRight':
      return columns > 1 ? clamp(current + 1) : undefined;
    case 'ArrowLeft':
      return columns > 1 ? clamp(current - 1) : undefined;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return clamp(current + page);
    case 'PageUp':
      return clamp(current - page);
  }
}
