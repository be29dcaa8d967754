// The page's mentions, keyed by text node: what hit-testing, the popup and the marks all read.
import type { Mention } from '../match/matcher';
import { comparePageOrder, isInPage } from './frames';

export interface PageMention extends Mention {
  node: Text;
  /**
   * What the marks draw. Static on purpose: the document updates every live Range at every change of its text,
   * and 1,500 live ranges made each text change in the page some 10 µs slower (25 times as slow, measured in
   * Chromium). A mention whose text changes is unmarked at once and matched again (controller.ts).
   */
  range: StaticRange;
}

/**
 * A live Range over a mention, for measuring it (its boxes) or following it (the open card's anchor). Kept
 * within the node's text: a card waiting for hover intent can still hold a mention whose text the page has
 * since shortened (such a mention is no longer in the store, and the next rescan replaces it).
 */
export function liveRangeOf({ node, start, end }: Pick<PageMention, 'node' | 'start' | 'end'>): Range {
  const range = node.ownerDocument.createRange();
  range.setStart(node, Math.min(start, node.length));
  range.setEnd(node, Math.min(end, node.length));
  return range;
}

export class MentionStore {
  private readonly byNode = new Map<Text, PageMention[]>();
  private count = 0;

  /** The number of mentions held. */
  get size(): number {
    return this.count;
  }

  set(node: Text, mentions: PageMention[]): void {
    const old = this.byNode.get(node);
    if (old) this.count -= old.length;
    if (mentions.length === 0) {
      if (old) this.byNode.delete(node);
      return;
    }
    this.byNode.set(node, mentions);
    this.count += mentions.length;
  }

  has(node: Text): boolean {
    return this.count > 0 && this.byNode.has(node);
  }

  get(node: Text): readonly PageMention[] {
    return this.byNode.get(node) ?? [];
  }

  delete(node: Text): PageMention[] {
    const old = this.byNode.get(node) ?? [];
    this.byNode.delete(node);
    this.count -= old.length;
    return old;
  }

  clear(): void {
    this.byNode.clear();
    this.count = 0;
  }

  /** Nodes that left the page (their marks must go too). */
  detachedNodes(): Text[] {
    return [...this.byNode.keys()].filter((n) => !isInPage(n));
  }

  /** Every mention in page order (a frame's mentions where the frame is). */
  inDocumentOrder(): PageMention[] {
    const nodes = [...this.byNode.keys()].sort(comparePageOrder);
    return nodes.flatMap((n) => this.byNode.get(n)!);
  }

  /** Distinct entities with their mention counts, in order of first mention; `shown` filters the nodes. */
  counts(shown: (node: Text) => boolean = () => true): { id: string; count: number }[] {
    const counts = new Map<string, number>();
    for (const m of this.inDocumentOrder()) if (shown(m.node)) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    return [...counts].map(([id, count]) => ({ id, count }));
  }

  entityIds(): string[] {
    const ids = new Set<string>();
    for (const list of this.byNode.values()) for (const m of list) ids.add(m.entity);
    return [...ids];
  }
}
