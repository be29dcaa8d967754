import { describe, expect, it } from 'vitest';
import { stepIndex } from '../../../src/page/mention-nav';

// Three mentions: one scrolled past (above the viewport), one in view, one below the fold (viewport 800 px).
const spans = [
  { top: -300, bottom: -280 },
  { top: 200, bottom: 220 },
  { top: 1200, bottom: 1220 },
];

describe('stepIndex', () => {
  it('moves from the open card to its neighbour and wraps round at both ends', () => {
    expect(stepIndex(spans, 1, 'next', 800)).toBe(2);
    expect(stepIndex(spans, 2, 'next', 800)).toBe(0);
    expect(stepIndex(spans, 1, 'previous', 800)).toBe(0);
    expect(stepIndex(spans, 0, 'previous', 800)).toBe(2);
  });

  it('starts from what the reader sees when no card is open', () => {
    expect(stepIndex(spans, -1, 'next', 800)).toBe(1);
    expect(stepIndex(spans, -1, 'previous', 800)).toBe(1);
  });

  it('wraps when every mention is on the other side of the viewport', () => {
    const above = [{ top: -500, bottom: -480 }, { top: -100, bottom: -80 }];
    expect(stepIndex(above, -1, 'next', 800)).toBe(0);
    const below = [{ top: 900, bottom: 920 }, { top: 1900, bottom: 1920 }];
    expect(stepIndex(below, -1, 'previous', 800)).toBe(1);
  });

  it('finds nothing on a page without mentions', () => {
    expect(stepIndex([], -1, 'next', 800)).toBe(-1);
    expect(stepIndex([], 0, 'previous', 800)).toBe(-1);
  });
});
