// Scans text nodes for mentions in time slices that yield to the page, and keeps the store and the marks
// in step with the text. A slice runs until its budget is spent; then the page gets the main thread back.
import type { Matcher } from '../match/matcher';
import type { Marker } from './highlighter';
import type { MentionStore, PageMention } from './mention-store';
import { isFrame, paragraphText, TextFilter, TextWalk } from './text-nodes';

/**
 * 8 ms leaves more than half of a 60 Hz frame to the page, and stays far below the 50 ms that counts as a
 * long task; the per-slice overhead of yielding is well under 0.1 ms with scheduler.yield.
 */
export const SLICE_BUDGET_MS = 8;
/**
 * At most this many marks per page: a reader cannot use more, and it bounds the memory (one Range each) and
 * the rendering cost of giant pages (our generated 5 MB page has about 40,000 mentions). Chromium revalidates
 * every range of a Highlight after each change, about 20 ms per 1,000 ranges on this machine (npm run bench),
 * so 1,500 keeps the frame after the last flush well under 50 ms.
 */
export const MAX_MARKS = 1500;

/** Optional measurements, for the benchmark; the extension passes none. */
export interface ScanMetrics {
  slice(ms: number): void;
}

export interface ScannerDeps {
  matcher: Matcher;
  store: MentionStore;
  marker: Marker;
  now(): number;
  yieldToPage(): Promise<void>;
  /** Called for every open shadow root found, so that it can be observed and styled. */
  onShadowRoot?(root: ShadowRoot): void;
  /**
   * Called for every iframe and frame found; returns what to scan of its document, or null (a document the
   * page does not let us into, or one already scanned).
   */
  onFrame?(frame: Element): Node | null;
  metrics?: ScanMetrics;
}

/** Yields to the page with scheduler.yield where it exists, else a MessageChannel task (no 4 ms clamping). */
export function pageYielder(win: Window): () => Promise<void> {
  const scheduler = (win as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield!();
  return () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
}

export class Scanner {
  private generation = 0;
  private readonly shadowRoots = new WeakSet<ShadowRoot>();
  /** The node being matched, whose paragraph `paragraphOfNode` reads: one function for all nodes, not one each. */
  private contextNode: Text | null = null;
  private readonly paragraphOfNode = () => (this.contextNode ? paragraphText(this.contextNode) : '');

  constructor(private readonly deps: ScannerDeps) {}

  /** Forgets a text node's mentions and their marks. */
  unmark(node: Text): void {
    for (const m of this.deps.store.delete(node)) this.deps.marker.delete(m.range);
  }

  /**
   * (Re)matches one text node now. Returns whether its mentions changed. `isNew` says the node was never
   * scanned (the first pass over a page), which saves a store lookup per node.
   */
  scanNode(node: Text, isNew = false, data = node.data): boolean {
    const { matcher, store, marker } = this.deps;
    const known = !isNew && store.has(node);
    // At the cap, only nodes that hold marks already are matched again (their text may have changed).
    if (!known && store.size >= MAX_MARKS) return false;
    this.contextNode = node;
    const found = matcher.find(data, this.paragraphOfNode);
    if (found.length === 0 && !known) return false;
    if (known) for (const m of store.get(node)) marker.delete(m.range);
    const mentions: PageMention[] = found.map(({ start, end, entity }) => {
      const range = new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end });
      marker.add(range);
      return { start, end, entity, node, range };
    });
    store.set(node, mentions);
    return true;
  }

  /**
   * Scans every markable text node under the roots, and under the open shadow roots and the documents of
   * the frames inside them (where the page lets us in), in slices.
   * Elements in `done` were scanned already (the part in view, scanned first) and are passed over; `firstPass`
   * says no node under the roots was scanned before (such a scan stops when the store is full); the walk stops
   * after `maxNodes` elements and text nodes.
   * Resolves
   * to whether any mention changed; a later `cancel()` makes a running scan stop at its next slice boundary.
   */
  async scan(
    roots: readonly Node[],
    { done, firstPass = false, maxNodes = Infinity }: { done?: ReadonlySet<Element>; firstPass?: boolean; maxNodes?: number } = {},
  ): Promise<boolean> {
    const generation = this.generation;
    // Editable content is asked about once per document: a frame may be an editor (designMode) of its own.
    const filters = new Map<Document, TextFilter>();
    const filterFor = (root: Node) => {
      const doc = root.ownerDocument ?? (root as Document);
      let filter = filters.get(doc);
      if (!filter) filters.set(doc, (filter = new TextFilter()));
      return filter;
    };
    const { now, yieldToPage, metrics } = this.deps;
    const queue = [...roots];
    const onShadowHost = (host: Element) => this.foundShadowRoot(host, queue);
    const onFrame = (frame: Element) => {
      const inner = this.deps.onFrame?.(frame);
      if (inner) queue.push(inner);
    };
    const budget = { nodes: maxNodes };
    let changed = false;
    let sliceStart = now();
    // Reading the clock costs about as much as matching a short node: it is read every 16 nodes or roots,
    // counted across roots (a rescan can have a thousand roots of one node each).
    let sinceClock = 0;
    const sliceOver = () => {
      if (++sinceClock < 16) return false;
      sinceClock = 0;
      return now() - sliceStart >= SLICE_BUDGET_MS;
    };
    const nextSlice = async () => {
      metrics?.slice(now() - sliceStart);
      await yieldToPage();
      sliceStart = now();
      return generation === this.generation;
    };
    // By index: shadow roots found on the way join the queue; a mutation storm can queue thousands of roots.
    roots: for (let i = 0; i < queue.length; i++) {
      const root = queue[i]!;
      // A frame added to the page is a root of its own: its document is what to scan.
      if (root.nodeType === Node.ELEMENT_NODE && isFrame(root as Element)) onFrame(root as Element);
      else if (root.isConnected) {
        const walk = new TextWalk(root, filterFor(root), { onShadowHost, onFrame, done, budget });
        for (let node = walk.next(); node; node = walk.next()) {
          if (this.scanNode(node, firstPass, walk.data)) {
            changed = true;
            // Nodes never scanned cannot add mentions past the cap: walking on would only cost the page
            // (each node walked gets a wrapper, which the garbage collector then has to process).
            if (firstPass && this.deps.store.size >= MAX_MARKS) break roots;
          }
          if (sliceOver() && !(await nextSlice())) return changed;
        }
      }
      if (budget.nodes <= 0 || (sliceOver() && !(await nextSlice()))) break;
    }
    // The last slice's time (a cancelled scan already counted its own before yielding).
    metrics?.slice(now() - sliceStart);
    return changed;
  }

  /** Stops running scans at their next slice boundary. */
  cancel(): void {
    this.generation++;
  }

  private foundShadowRoot(host: Element, queue: Node[]): void {
    const root = host.shadowRoot;
    if (!root || this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.deps.onShadowRoot?.(root);
    queue.push(root);
  }
}
