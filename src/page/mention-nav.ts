// Which mention the next/previous shortcut goes to. Pure: the caller measures, this decides.

export type StepDirection = 'next' | 'previous';

export interface VerticalSpan {
  top: number;
  bottom: number;
}

/**
 * The index of the mention to open, in document order. From the open card's mention (`current` >= 0) it is
 * the one after or before it, wrapping round at the ends. With no card open it starts from what the reader
 * sees: the first mention that starts inside or below the viewport (next), or the last that ends inside or
 * above it (previous). -1 when the page has no mention.
 */
export function stepIndex(spans: readonly VerticalSpan[], current: number, direction: StepDirection, viewportHeight: number): number {
  const n = spans.length;
  if (n === 0) return -1;
  if (current >= 0 && current < n) return direction === 'next' ? (current + 1) % n : (current - 1 + n) % n;
  if (direction === 'next') {
    const i = spans.findIndex((s) => s.top >= 0);
    return i >= 0 ? i : 0;
  }
  for (let i = n - 1; i >= 0; i--) if (spans[i]!.bottom <= viewportHeight) return i;
  return n - 1;
}
