import { describe, expect, it } from 'vitest';
import { isOnStage, putOnStage } from '../../../src/renderer/src/viewer/stage/pages-on-stage';

describe('pages on the stage', () => {
  it('holds a page while any stage mounts it, and that page of that document only', () => {
    const left = putOnStage('doc-a', 3);
    const right = putOnStage('doc-a', 3);
    expect(isOnStage('doc-a', 3)).toBe(true);
    expect(isOnStage('doc-a', 4)).toBe(false);
    expect(isOnStage('doc-b', 3)).toBe(false);
    left();
    expect(isOnStage('doc-a', 3)).toBe(true);
    right();
    expect(isOnStage('doc-a', 3)).toBe(false);
  });
});
