// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/kb';
import { buildLexicon } from '../../../src/kb/lexicon';
import { compileMatcher } from '../../../src/match/matcher';
import type { Marker } from '../../../src/page/highlighter';
import { MentionStore } from '../../../src/page/mention-store';
import { MAX_MARKS, Scanner } from '../../../src/page/scanner';
import { isShown } from '../../../src/page/text-nodes';
import { sampleEntries } from '../kb/sample-entries';
import './static-range';

function setup(html: string, { onFrame }: { onFrame?: (frame: Element) => Node | null } = {}) {
  document.body.innerHTML = html; // test fixture only
  const marked = new Set<AbstractRange>();
  const marker: Marker = {
    add: (r) => void marked.add(r),
    delete: (r) => void marked.delete(r),
    clear: () => marked.clear(),
    setActive: () => {},
    styleShadowRoot: (root) => void styled.push(root),
    styleFrame: () => {},
  };
  const styled: ShadowRoot[] = [];
  const store = new MentionStore();
  let clock = 0;
  let yields = 0;
  const scanner = new Scanner({
    matcher: compileMatcher(buildLexicon(loadKnowledgeBase(sampleEntries))),
    store,
    marker,
    now: () => (clock += 1),
    yieldToPage: async () => {
      yields++;
    },
    onShadowRoot: (root) => marker.styleShadowRoot(root),
    onFrame,
  });
  return { scanner, store, marked, styled, yields: () => yields };
}

describe('scanner', () => {
  it('marks prose and skips scripts, styles, form fields, code and editable text', async () => {
    const { scanner, store, marked } = setup(`
      <p>NATO met in Vilnius.</p>
      <script>var NATO = 1;</script><style>.NATO{}</style>
      <textarea>NATO</textarea><code>NATO</code>
      <div contenteditable="true"><p>NATO in an editor</p></div>
      <p>Kyiv</p>`);
    await scanner.scan([document.body]);
    expect(store.inDocumentOrder().map((m) => m.node.data.slice(m.start, m.end))).toEqual(['NATO', 'Vilnius', 'Kyiv']);
    // Each mark is a static range over its mention, and the one handed to the marker.
    for (const m of store.inDocumentOrder()) {
      expect(m.range).toBeInstanceOf(StaticRange);
      expect([m.range.startContainer, m.range.startOffset, m.range.endContainer, m.range.endOffset]).toEqual([m.node, m.start, m.node, m.end]);
      expect(marked.has(m.range)).toBe(true);
    }
    expect(marked.size).toBe(3);
    expect(store.counts()).toEqual([
      { id: 'nato', count: 1 },
      { id: 'vilnius', count: 1 },
      { id: 'kyiv', count: 1 },
    ]);
  });

  it('leaves out whole subtrees of skipped elements, and scan roots that lie inside one', async () => {
    const { scanner, store } = setup(`
      <pre><span><b id="deep">NATO</b></span></pre>
      <svg><text>Kyiv</text></svg>
      <p id="ok">Vilnius</p>`);
    await scanner.scan([document.body]);
    expect(store.entityIds()).toEqual(['vilnius']);
    // A rescan of a node added inside <pre> (the page appended it) leaves it alone too.
    await scanner.scan([document.getElementById('deep')!, document.getElementById('deep')!.firstChild!]);
    expect(store.entityIds()).toEqual(['vilnius']);
  });

  it('passes over the parts scanned first, and scans paragraphs a page appends one by one', async () => {
    const { scanner, store } = setup('<p id="seen">NATO</p><p>Kyiv</p>');
    const seen = document.getElementById('seen')!;
    await scanner.scan([document.body], { done: new Set([seen]) });
    expect(store.entityIds()).toEqual(['kyiv']);
    const added = ['Vilnius', 'NATO'].map((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.body.append(p);
      return p;
    });
    await scanner.scan(added);
    expect(store.entityIds().sort()).toEqual(['kyiv', 'nato', 'vilnius']);
  });

  it('walks at most the nodes it is given on a first pass', async () => {
    const { scanner, store } = setup('<p>NATO</p>'.repeat(50) + '<p>Kyiv</p>');
    await scanner.scan([document.body], { firstPass: true, maxNodes: 60 });
    expect(store.entityIds()).toEqual(['nato']);
    await scanner.scan([document.body]);
    expect(store.entityIds().sort()).toEqual(['kyiv', 'nato']);
  });

  it('yields between slices also when a rescan has many roots of one node each', async () => {
    const { scanner, yields } = setup('');
    const roots = Array.from({ length: 400 }, () => {
      const p = document.createElement('p');
      p.textContent = 'NATO';
      document.body.append(p);
      return p;
    });
    await scanner.scan(roots);
    expect(yields()).toBeGreaterThan(5);
  });

  it('reads the text of open shadow roots, and styles them', async () => {
    const { scanner, store, styled } = setup('<p>NATO</p><div id="host"></div>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.append(document.createElement('p'));
    root.firstChild!.textContent = 'Talks in Kyiv';
    await scanner.scan([document.body]);
    expect(store.entityIds().sort()).toEqual(['kyiv', 'nato']);
    expect(styled).toEqual([root]);
  });

  it('scans the documents frames lead to, not their fallback text, each with its own test for editable text', async () => {
    const met: Element[] = [];
    const { scanner, store } = setup(
      `<p>NATO</p><iframe srcdoc="<p>Kyiv</p>">NATO as fallback</iframe>
       <iframe srcdoc="<div contenteditable='true'><p>NATO in an editor</p></div><p>Vilnius</p>"></iframe>`,
      { onFrame: (frame) => (met.push(frame), (frame as HTMLIFrameElement).contentDocument?.body ?? null) },
    );
    await scanner.scan([document.body]);
    expect(met).toEqual([...document.querySelectorAll('iframe')]);
    expect(store.inDocumentOrder().map((m) => m.node.data.slice(m.start, m.end)).sort()).toEqual(['Kyiv', 'NATO', 'Vilnius']);
    // A frame the page adds is a scan root of its own.
    const added = document.createElement('iframe');
    added.srcdoc = '';
    document.body.append(added);
    await scanner.scan([added]);
    expect(met.at(-1)).toBe(added);
  });

  it('leaves text hidden from the reader out of the counts', async () => {
    const { scanner, store } = setup('<p>NATO</p><div style="display:none"><p>Kyiv</p></div>');
    await scanner.scan([document.body]);
    expect(store.counts(isShown)).toEqual([{ id: 'nato', count: 1 }]);
  });

  it('stops marking at the cap on giant pages', async () => {
    const { scanner, store } = setup(`<p>${'NATO '.repeat(100)}</p>`.repeat(MAX_MARKS / 100 + 10));
    await scanner.scan([document.body]);
    expect(store.size).toBe(MAX_MARKS);
  });

  it('stops the first walk of a page once the store is full, but lets a rescan go on', async () => {
    const page = `<p>${'NATO '.repeat(100)}</p>`.repeat(MAX_MARKS / 100 + 10) + '<div id="host"></div>';
    for (const firstPass of [true, false]) {
      const { scanner, store, styled } = setup(page);
      document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Kyiv</p>';
      await scanner.scan([document.body], { firstPass });
      expect(store.size).toBe(MAX_MARKS);
      // The shadow root after the full store is reached only by the walk that went on.
      expect(styled.length).toBe(firstPass ? 0 : 1);
    }
  });

  it('yields to the page between slices', async () => {
    const { scanner, yields } = setup('<p>NATO</p>'.repeat(1000));
    await scanner.scan([document.body]);
    expect(yields()).toBeGreaterThan(5);
  });

  it('rescans a changed text node and forgets removed ones', async () => {
    const { scanner, store, marked } = setup('<p id="a">NATO</p><p id="b">Kyiv</p>');
    await scanner.scan([document.body]);
    const a = document.getElementById('a')!.firstChild as Text;
    a.data = 'The Vilnius summit';
    scanner.scanNode(a);
    expect(store.get(a).map((m) => m.entity)).toEqual(['vilnius-summit-2023']);
    document.getElementById('b')!.remove();
    for (const n of store.detachedNodes()) scanner.unmark(n);
    expect(store.entityIds()).toEqual(['vilnius-summit-2023']);
    expect(marked.size).toBe(1);
  });

  it('stops a running scan when cancelled', async () => {
    const { scanner, store } = setup('<p>NATO</p>'.repeat(1000));
    const running = scanner.scan([document.body]);
    scanner.cancel();
    await running;
    expect(store.counts()[0]!.count).toBeLessThan(1000);
  });
});
