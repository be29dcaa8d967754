// Scans text nodes for mentions in time slices that yield to the page, and keeps the store and the marks
// in step with the text. A slice runs until its budget is spent; then the page gets the main thread back.
import type { Matcher } from '../match/matcher';
import type { Marker } from './highlighter';
import type { MentionStore, PageMention } from './mention-store';
import { paragraphText, TextFilter, textNodesUnder } from './text-nodes';

/**
 * 8 ms leaves more than half of a 60 Hz frame to the page, and stays far below the 50 ms that counts as a
 * long task; the per-slice overhead of yielding is well under 0.1 ms with scheduler.yield.
 */
export const SLICE_BUDGET_MS = 8;
/**
 * At most this many marks per page: a reader cannot use more, and it bounds the memory (one Range each) and
 * the highlight painting cost of giant pages (a 5 MB page of our test corpus has about 40,000 mentions).
 */
export const MAX_MARKS = 5000;

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

  constructor(private readonly deps: ScannerDeps) {}

  /** Forgets a text node's mentions and their marks. */
  unmark(node: Text): void {
    for (const m of this.deps.store.delete(node)) this.deps.marker.delete(m.range);
  }

  /** (Re)matches one text node now. Returns whether its mentions changed. */
  scanNode(node: Text): boolean {
    const { matcher, store, marker } = this.deps;
    const before = store.get(node);
    if (before.length === 0 && store.size >= MAX_MARKS) return false;
    const found = matcher.find(node.data, () => paragraphText(node));
    if (found.length === 0 && before.length === 0) return false;
    this.unmark(node);
    const doc = node.ownerDocument;
    const mentions: PageMention[] = found.map((m) => {
      const range = doc.createRange();
      range.setStart(node, m.start);
      range.setEnd(node, m.end);
      marker.add(range);
      return { ...m, node, range };
    });
    store.set(node, mentions);
    return true;
  }

  /**
   * Scans every markable text node under the roots, and under the open shadow roots inside them, in slices.
   * Nodes in `skip` were scanned already (the visible part, scanned first, records them in `record`).
   * Resolves to whether any mention
   * changed; a later `cancel()` makes a running scan stop at its next slice boundary.
   */
  async scan(roots: readonly Node[], { skip, record }: { skip?: WeakSet<Text>; record?: WeakSet<Text> } = {}): Promise<boolean> {
    const generation = this.generation;
    const filter = new TextFilter();
    const { now, yieldToPage, metrics } = this.deps;
    const queue = [...roots];
    let changed = false;
    let sliceStart = now();
    for (let root = queue.shift(); root; root = queue.shift()) {
      if (!root.isConnected) continue;
      let sinceClock = 0;
      for (const node of textNodesUnder(root, filter, false, (host) => this.foundShadowRoot(host, queue))) {
        if (skip?.has(node)) continue;
        record?.add(node);
        if (this.scanNode(node)) changed = true;
        // Reading the clock costs about as much as matching a short node: read it every 16 nodes.
        if (++sinceClock < 16) continue;
        sinceClock = 0;
        if (now() - sliceStart >= SLICE_BUDGET_MS) {
          metrics?.slice(now() - sliceStart);
          await yieldToPage();
          if (generation !== this.generation) return changed;
          sliceStart = now();
        }
      }
    }
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
