import { useEffect, useState } from 'react';

/**
 * A value that follows `value` once it has stopped changing for `delayMs` (the first value at
 * once): a zoom or pan in progress redraws when it rests, not on every frame.
 */
export function useSettled<T>(value: T, same: (a: T, b: T) => boolean, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  const isSame = same(value, settled);
  useEffect(() => {
    if (isSame) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [isSame, value, delayMs]);
  return settled;
}
