// Marks mentions with the CSS Custom Highlight API: ranges in Highlights registered under names chosen at
// random per page, drawn by the ::highlight() rules of one adopted sheet (highlight-sheet.ts). No page node is
// split, wrapped or moved, and marks add no layout. The registry belongs to the document, so the page can see
// and delete our highlights; the names are unpredictable and nothing here relies on the registry as state.
import type { MarkStyle } from '../settings';
import { adoptSheet, highlightSheet, MARK_GROUPS } from './highlight-sheet';
import { MAX_MARKS } from './scanner';

export interface Marker {
  /** Adds a mark; it is drawn at the next `flush`. */
  add(range: AbstractRange): void;
  /** Draws the marks added since the last flush; resolves once all of them are drawn. */
  flush?(): Promise<void> | void;
  delete(range: AbstractRange): void;
  /** Takes every mark away; `dispose` also takes the style sheet away (the extension is gone for good). */
  clear(options?: { dispose?: boolean }): void;
  /** The mention whose card is open, drawn more strongly. */
  setActive(range: AbstractRange | null): void;
  /** Changes how the marks look (the settings' mark style); the active mark keeps its tint in every style. */
  setStyle?(style: MarkStyle): void;
  /** Makes marks visible inside an open shadow root (document style sheets do not reach into it). */
  styleShadowRoot(root: ShadowRoot): void;
  /**
   * Makes marks visible in a same-origin frame's document, which has a highlight registry and style sheets of
   * its own: the same Highlights are registered there (each document draws the ranges that are its own).
   */
  styleFrame(doc: Document): void;
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
  const { sheet, rules, groupName, activeName } = highlightSheet(doc);
  const groups = Array.from({ length: MARK_GROUPS }, () => new win.Highlight());
  const active = new win.Highlight();
  const groupOf = new Map<AbstractRange, Highlight>();
  const pending = new Set<AbstractRange>();
  /** Open shadow roots styled, each with the sheet of its own document (a frame's copy inside a frame). */
  const shadowRoots = new Map<ShadowRoot, CSSStyleSheet>();
  /** Same-origin frames' documents, each with its copy of the sheet. */
  const frames = new Map<Document, CSSStyleSheet>();
  let drawing: Promise<void> | null = null;

  const nameOf = (index: number) => (style === 'none' ? null : groupName(style, index));
  /** The registries to keep ours in: the page's, and those of the frames still showing the same document. */
  function registries(): HighlightRegistry[] {
    const all = [win.CSS.highlights];
    for (const frameDoc of frames.keys()) {
      const frameWin = frameDoc.defaultView as (Window & typeof globalThis) | null;
      if (frameWin) all.push(frameWin.CSS.highlights);
      else frames.delete(frameDoc); // the frame navigated away or was removed
    }
    return all;
  }
  function register(): void {
    // Re-registers (and re-adopts) what the page removed; cheap when nothing changed.
    for (const registry of registries()) {
      groups.forEach((group, i) => {
        const name = nameOf(i);
        if (name && registry.get(name) !== group) registry.set(name, group);
      });
      if (registry.get(activeName) !== active) registry.set(activeName, active);
    }
    adoptSheet(doc, sheet);
    for (const [frameDoc, frameSheet] of frames) adoptSheet(frameDoc, frameSheet);
  }
  function unregister(): void {
    for (const registry of registries()) {
      groups.forEach((_, i) => {
        const name = nameOf(i);
        if (name) registry.delete(name);
      });
    }
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
      // Frozen, a mark on removed text stays in its Highlight, where it draws nothing (its node left the page);
      // one on text changed in place keeps its offsets until the page is small enough to change marks again.
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
      for (const registry of registries()) registry.delete(activeName);
      // The sheet stays while the extension runs: adopting it again would recompute the style of the whole page.
      if (!dispose) return;
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      for (const [root, rootSheet] of shadowRoots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== rootSheet);
      shadowRoots.clear();
      for (const [frameDoc, frameSheet] of frames) frameDoc.adoptedStyleSheets = frameDoc.adoptedStyleSheets.filter((s) => s !== frameSheet);
      frames.clear();
    },
    styleFrame(frameDoc) {
      const frameWin = frameDoc.defaultView as (Window & typeof globalThis) | null;
      if (frames.has(frameDoc) || !frameWin?.CSS?.highlights) return;
      // Constructed in the frame's own realm, the only one whose sheets its document can adopt.
      const frameSheet = new frameWin.CSSStyleSheet();
      frameSheet.replaceSync(rules);
      frames.set(frameDoc, frameSheet);
      register();
    },
    styleShadowRoot(root) {
      if (shadowRoots.has(root)) return;
      const rootSheet = root.ownerDocument === doc ? sheet : frames.get(root.ownerDocument);
      if (!rootSheet) return;
      adoptSheet(root, rootSheet);
      shadowRoots.set(root, rootSheet);
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
