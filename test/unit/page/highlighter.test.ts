// @vitest-environment happy-dom
// The marker's bookkeeping, with the Highlight API modelled by its data (a Highlight is a set of ranges, the
// registry a map of names): marks spread over groups, at most one group changed per frame, the look chosen by
// registry name, and what the page removes put back.
import { beforeEach, describe, expect, it } from 'vitest';
import { GROUP_SIZE, createHighlightMarker } from '../../../src/page/highlighter';
import { MARK_GROUPS } from '../../../src/page/highlight-sheet';

class FakeHighlight extends Set<Range> {}
const registry = new Map<string, FakeHighlight>();
let frames: (() => void)[] = [];

function fakeDocument(): Document {
  const doc = document.implementation.createHTMLDocument('t');
  const win = {
    Highlight: FakeHighlight,
    CSS: { highlights: registry },
    CSSStyleSheet: class {
      rules = '';
      replaceSync(text: string) {
        this.rules = text;
      }
    },
    requestAnimationFrame: (run: () => void) => frames.push(run),
    setTimeout: () => 0,
  };
  Object.defineProperty(doc, 'defaultView', { value: win });
  Object.defineProperty(doc, 'adoptedStyleSheets', { value: [], writable: true });
  return doc;
}

function nextFrame(): void {
  const due = frames;
  frames = [];
  due.forEach((run) => run());
}

const ranges = (n: number) => Array.from({ length: n }, () => document.createRange());
const drawn = () => [...registry.values()].reduce((n, h) => n + h.size, 0);

describe('the highlight marker', () => {
  beforeEach(() => {
    registry.clear();
    frames = [];
    (globalThis as { [k: symbol]: unknown })[Symbol.for('context-cards.highlight-sheet')] = undefined;
  });

  it('draws a group of marks at once and the rest one group per frame', async () => {
    const marker = createHighlightMarker(fakeDocument());
    const all = ranges(GROUP_SIZE * 3 + 10);
    all.forEach((r) => marker.add(r));
    const done = marker.flush!();
    expect(drawn()).toBe(GROUP_SIZE);
    nextFrame();
    expect(drawn()).toBe(GROUP_SIZE * 2);
    nextFrame();
    nextFrame();
    await done;
    expect(drawn()).toBe(all.length);
    // Every group within its size; one Highlight per group, under its own name.
    const sizes = [...registry.values()].map((h) => h.size).filter((n) => n > 0);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(GROUP_SIZE);
    expect(registry.size).toBe(MARK_GROUPS + 1);
  });

  it('fills the room left by deleted marks before anything else, and never draws a mark twice', () => {
    const marker = createHighlightMarker(fakeDocument());
    const first = ranges(GROUP_SIZE + 5);
    first.forEach((r) => marker.add(r));
    marker.flush!();
    nextFrame();
    marker.delete(first[0]!);
    first.forEach((r) => marker.add(r)); // the mark-policy sync adds every marked range again
    const extra = ranges(1)[0]!;
    marker.add(extra);
    marker.flush!();
    // The deleted mark takes its old place back; the new one goes to the next group, in the next frame.
    expect(drawn()).toBe(first.length);
    nextFrame();
    expect(drawn()).toBe(first.length + 1);
    expect([...registry.values()].filter((h) => h.has(extra))).toHaveLength(1);
    expect([...registry.values()].filter((h) => h.has(first[0]!))).toHaveLength(1);
  });

  it('changes the look by registering the same groups under the other style’s names', () => {
    const marker = createHighlightMarker(fakeDocument());
    ranges(3).forEach((r) => marker.add(r));
    marker.flush!();
    const underline = [...registry.keys()].filter((n) => registry.get(n)!.size > 0);
    marker.setStyle!('background');
    const background = [...registry.keys()].filter((n) => registry.get(n)!.size > 0);
    expect(background).toHaveLength(1);
    expect(background[0]).not.toBe(underline[0]);
    expect(background[0]!.replace(/-b(\d)$/, '-u$1')).toBe(underline[0]);
    marker.setStyle!('none');
    expect(drawn()).toBe(0);
    marker.setStyle!('underline');
    expect(drawn()).toBe(3);
  });

  it('puts back what the page removed from the registry at its next change, and clears everything', () => {
    const doc = fakeDocument();
    const marker = createHighlightMarker(doc);
    ranges(3).forEach((r) => marker.add(r));
    marker.flush!();
    registry.clear();
    marker.add(ranges(1)[0]!);
    marker.flush!();
    expect(drawn()).toBe(4);
    marker.clear();
    expect(drawn()).toBe(0);
    expect(doc.adoptedStyleSheets).toHaveLength(1); // kept while the extension runs
    marker.clear({ dispose: true });
    expect(doc.adoptedStyleSheets).toHaveLength(0);
  });

  it('changes nothing while frozen (a page too big for marks), and draws again when it is not', () => {
    let frozen = false;
    const marker = createHighlightMarker(fakeDocument(), { frozen: () => frozen });
    const [a, b, c] = ranges(3);
    marker.add(a!);
    marker.flush!();
    frozen = true;
    marker.add(b!);
    marker.flush!();
    marker.delete(a!);
    marker.setActive(a!);
    expect(drawn()).toBe(1);
    frozen = false;
    marker.add(c!);
    marker.flush!();
    expect(drawn()).toBe(2);
  });
});
