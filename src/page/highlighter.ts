// Marks mentions with the CSS Custom Highlight API: ranges in Highlights registered under names chosen at
// random per page, drawn by the ::highlight() rules of one adopted sheet (highlight-sheet.ts). No page node is
// split, wrapped or moved, and marks add no layout. The registry belongs to the document, so the page can see
// and delete our highlights; the names are unpredictable and nothing here relies on the registry as state.
import type { MarkStyle } from '../settings';
import { adoptSheet, highlightSheet, MARK_GROUPS } from './highlight-sheet';
import { MAX_MARKS } from './scanner';

export interface Marker {
  /** Adds a mark; it is drawn at the next `flush`. */
  add(range: Range): void;
  /** Draws the marks added since the last flush; resolves once all of them are drawn. */
  flush?(): Promise<void> | void;
  delete(range: Range): void;
  /** Takes every mark away; `dispose` also takes the style sheet away (the extension is gone for good). */
  clear(options?: { dispose?: boolean }): void;
  /** The mention whose card is open, drawn more strongly. */
  setActive(range: Range | null): void;
  /** Changes how the marks look (the settings' mark style); the active mark keeps its tint in every style. */
  setStyle?(style: MarkStyle): void;
  /** Makes marks visible inside an open shadow root (document style sheets do not reach into it). */
  styleShadowRoot(root: ShadowRoot): void;
}

/**
 * Every change to a Highlight makes Chromium revalidate all of its ranges in the next frame, and each new
 * range costs paint invalidation: 1,500 marks added at once gave a 60 ms frame on the 5 MB bench page. So
 * marks are spread over MARK_GROUPS Highlights of at most this many, and at most one group changes per frame.
 */
export const GROUP_SIZE = Math.ceil(MAX_MARKS / (MARK_GROUPS - 1));

export function supportsHighlights(doc: Document): boolean {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  return !!win && typeof win.Highlight === 'function' && !!win.CSS?.highlights;
}

export interface MarkerOptions {
  style?: MarkStyle;
  /**
   * True while the page is too big for marks to change: the highlights then stay as they are (what is pending
   * is dropped, nothing is added, removed or tinted) until it is false again. See controller.ts.
   */
  frozen?(): boolean;
}

export function createHighlightMarker(doc: Document, { style = 'underline', frozen = () => false }: MarkerOptions = {}): Marker {
  const win = doc.defaultView as Window & typeof globalThis;
  const { sheet, groupName, activeName } = highlightSheet(doc);
  const groups = Array.from({ length: MARK_GROUPS }, () => new win.Highlight());
  const active = new win.Highlight();
  const groupOf = new Map<Range, Highlight>();
  const pending = new Set<Range>();
  const shadowRoots: ShadowRoot[] = [];
  let drawing: Promise<void> | null = null;

  const nameOf = (index: number) => (style === 'none' ? null : groupName(style, index));
  function register(): void {
    // Re-registers what the page removed; cheap when nothing changed.
    groups.forEach((group, i) => {
      const name = nameOf(i);
      if (name && win.CSS.highlights.get(name) !== group) win.CSS.highlights.set(name, group);
    });
    if (win.CSS.highlights.get(activeName) !== active) win.CSS.highlights.set(activeName, active);
    adoptSheet(doc, sheet);
  }
  function unregister(): void {
    groups.forEach((_, i) => {
      const name = nameOf(i);
      if (name) win.CSS.highlights.delete(name);
    });
  }
  /** Moves up to one group's worth of pending marks into the first group with room. */
  function drawBatch(): void {
    register();
    const group = groups.find((g) => g.size < GROUP_SIZE) ?? groups.at(-1)!;
    let room = Math.max(GROUP_SIZE - group.size, 1);
    for (const range of pending) {
      if (room-- === 0) break;
      pending.delete(range);
      group.add(range);
      groupOf.set(range, group);
    }
  }
  /** The next frame, or a moment later where frames do not come (a tab in the background). */
  function nextFrame(run: () => void): void {
    let ran = false;
    const once = () => {
      if (!ran) run();
      ran = true;
    };
    win.requestAnimationFrame(once);
    win.setTimeout(once, 100);
  }

  return {
    add(range) {
      if (!groupOf.has(range)) pending.add(range);
    },
    flush() {
      if (drawing) return drawing;
      if (pending.size === 0) return;
      if (frozen()) {
        pending.clear();
        return;
      }
      // The first batch now; the rest one per frame.
      drawBatch();
      if (pending.size === 0) return;
      drawing = new Promise((resolve) => {
        const step = () => {
          if (frozen()) pending.clear();
          else drawBatch();
          if (pending.size > 0) return nextFrame(step);
          drawing = null;
          resolve();
        };
        nextFrame(step);
      });
      return drawing;
    },
    delete(range) {
      pending.delete(range);
      // Frozen, a mark on removed text stays in its Highlight: its range has collapsed and draws nothing.
      if (frozen()) return;
      groupOf.get(range)?.delete(range);
      groupOf.delete(range);
      active.delete(range);
    },
    clear({ dispose = false } = {}) {
      pending.clear();
      groupOf.clear();
      for (const group of groups) group.clear();
      active.clear();
      unregister();
      win.CSS.highlights.delete(activeName);
      // The sheet stays while the extension runs: adopting it again would recompute the style of the whole page.
      if (!dispose) return;
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      for (const root of shadowRoots.splice(0)) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    },
    styleShadowRoot(root) {
      if (shadowRoots.includes(root)) return;
      adoptSheet(root, sheet);
      shadowRoots.push(root);
    },
    setActive(range) {
      if (frozen()) return;
      active.clear();
      if (range) {
        register();
        active.add(range);
      }
    },
    setStyle(next) {
      if (next === style) return;
      const anyDrawn = groupOf.size > 0;
      unregister();
      style = next;
      if (anyDrawn) register();
    },
  };
}
