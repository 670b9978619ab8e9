import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuietWork } from '../../../src/main/archive/store/quiet-work';

describe('work that waits for a quiet moment', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once nothing has happened for its pause, each key once, and the pause starts again at every touch', () => {
    const quiet = new QuietWork(300);
    const ran: string[] = [];
    quiet.add('a', () => ran.push('a'));
    vi.advanceTimersByTime(200);
    quiet.touch();
    quiet.add('a', () => ran.push('a again'));
    quiet.add('b', () => ran.push('b'));
    vi.advanceTimersByTime(299);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['a again', 'b']);
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual(['a again', 'b']);
  });

  it('does nothing on a touch with nothing waiting, and drops what waits when cleared', () => {
    const quiet = new QuietWork(300);
    const ran: string[] = [];
    quiet.touch();
    expect(vi.getTimerCount()).toBe(0);
    quiet.add('a', () => ran.push('a'));
    quiet.clear();
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual([]);
  });
});
