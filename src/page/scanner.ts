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

export interface ScannerDeps {
  matcher: Matcher;
  store: MentionStore;
  marker: Marker;
  now(): number;
  yieldToPage(): Promise<void>;
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

  constructor(private readonly deps: ScannerDeps) {}

  /** Forgets a text node's mentions and their marks. */
  unmark(node: Text): void {
    for (const m of this.deps.store.delete(node)) this.deps.marker.delete(m.range);
  }

  /** (Re)matches one text node now. Returns whether its mentions changed. */
  scanNode(node: Text): boolean {
    const { matcher, store, marker } = this.deps;
    const before = store.get(node);
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
   * Scans every markable text node under the roots, in slices. Resolves to whether any mention changed;
   * a later `cancel()` makes a running scan stop at its next slice boundary.
   */
  async scan(roots: readonly Node[]): Promise<boolean> {
    const generation = this.generation;
    const filter = new TextFilter();
    const { now, yieldToPage } = this.deps;
    let changed = false;
    let sliceEnd = now() + SLICE_BUDGET_MS;
    for (const root of roots) {
      if (!root.isConnected) continue;
      for (const node of textNodesUnder(root, filter)) {
        if (this.scanNode(node)) changed = true;
        if (now() >= sliceEnd) {
          await yieldToPage();
          if (generation !== this.generation) return changed;
          sliceEnd = now() + SLICE_BUDGET_MS;
        }
      }
    }
    return changed;
  }

  /** Stops running scans at their next slice boundary. */
  cancel(): void {
    this.generation++;
  }
}
