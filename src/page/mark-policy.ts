// Which mentions get a mark, by the settings: every mention or only each entity's first, and which kinds of
// entity. Mentions without a mark stay in the store: the popup lists and reveals them; the pointer ignores them.
import type { MarkScope } from '../settings';
import type { Marker } from './highlighter';

export interface MarkPolicy {
  scope: MarkScope;
  hiddenKinds: ReadonlySet<string>;
}

export function markPolicyOf(settings: { markScope: MarkScope; unmarkedKinds: readonly string[] }): MarkPolicy {
  return { scope: settings.markScope, hiddenKinds: new Set(settings.unmarkedKinds) };
}

export function marksEverything(policy: MarkPolicy): boolean {
  return policy.scope === 'all' && policy.hiddenKinds.size === 0;
}

/**
 * The mentions that get a mark, from all of a page's mentions in document order. An entity whose kind is
 * unknown (not in the lexicon) is marked: hiding is for kinds the reader chose to hide.
 */
export function markedMentions<T extends { entity: string }>(
  inDocumentOrder: readonly T[],
  policy: MarkPolicy,
  kindOf: (id: string) => string | undefined,
): Set<T> {
  const marked = new Set<T>();
  const seen = new Set<string>();
  for (const m of inDocumentOrder) {
    const kind = kindOf(m.entity);
    if (kind !== undefined && policy.hiddenKinds.has(kind)) continue;
    if (policy.scope === 'first' && seen.has(m.entity)) continue;
    seen.add(m.entity);
    marked.add(m);
  }
  return marked;
}

/** Keeps a marker's marks to the mentions the policy marks. */
export class MarkSelection<T extends { entity: string; range: AbstractRange }> {
  private policy: MarkPolicy = { scope: 'all', hiddenKinds: new Set() };
  /** The mentions that have a mark; null while every mention has one. */
  private marked: Set<T> | null = null;
  /**
   * The marker the scanner writes to. While every mention is marked, adds go straight through and marks appear
   * slice by slice; otherwise adds wait for `sync`, run once a scan is done, so a mark that will not stay never
   * flashes up between slices. Deletions always go through.
   */
  readonly scannerMarker: Marker;

  constructor(
    private readonly marker: Marker,
    private readonly kindOf: (id: string) => string | undefined,
  ) {
    this.scannerMarker = {
      add: (range) => {
        if (this.marked === null) marker.add(range);
      },
      flush: () => marker.flush?.(),
      delete: (range) => marker.delete(range),
      clear: (options) => marker.clear(options),
      setActive: (range) => marker.setActive(range),
      styleShadowRoot: (root) => marker.styleShadowRoot(root),
      styleFrame: (doc) => marker.styleFrame(doc),
    };
  }

  /** True when marks must be chosen after each scan (some mentions go unmarked). */
  get selective(): boolean {
    return !marksEverything(this.policy);
  }

  setPolicy(policy: MarkPolicy): void {
    this.policy = policy;
    if (!this.selective) this.marked = null;
    else this.marked ??= new Set();
  }

  /** Marks the chosen mentions among all of the page's (in document order) and unmarks the rest. */
  sync(inDocumentOrder: readonly T[]): void {
    this.marked = this.selective ? markedMentions(inDocumentOrder, this.policy, this.kindOf) : null;
    for (const m of inDocumentOrder) {
      if (this.has(m)) this.marker.add(m.range);
      else this.marker.delete(m.range);
    }
  }

  /** Forgets the marked mentions (the page's marks were cleared). */
  reset(): void {
    this.marked = this.selective ? new Set() : null;
  }

  has(mention: T): boolean {
    return this.marked === null || this.marked.has(mention);
  }
}
