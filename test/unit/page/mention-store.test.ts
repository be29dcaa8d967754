// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { liveRangeOf } from '../../../src/page/mention-store';

describe('liveRangeOf', () => {
  it("spans the mention's text, and stays within a text the page has since shortened", () => {
    const node = document.createTextNode('Leaders of NATO met in Vilnius.');
    document.body.append(node);
    const mention = { node, start: 23, end: 30 };
    expect(liveRangeOf(mention).toString()).toBe('Vilnius');
    node.data = 'Leaders met.';
    const range = liveRangeOf(mention);
    expect([range.startOffset, range.endOffset]).toEqual([12, 12]);
  });
});
