// Marks mentions with the CSS Custom Highlight API: ranges in a Highlight registered under a name chosen at
// random per page, styled by one ::highlight() rule in an adopted style sheet. No page node is split, wrapped
// or moved, and marks add no layout. The registry belongs to the document, so the page can see and delete our
// highlights; the name is unpredictable and nothing here relies on the registry as private state.
import type { MarkStyle } from '../settings';

export interface Marker {
  add(range: Range): void;
  delete(range: Range): void;
  clear(): void;
  /** The mention whose card is open, drawn more strongly. */
  setActive(range: Range | null): void;
  /** Changes how the marks look (the settings' mark style); the active mark keeps its tint in every style. */
  setStyle?(style: MarkStyle): void;
  /** Makes marks visible inside an open shadow root (document style sheets do not reach into it). */
  styleShadowRoot(root: ShadowRoot): void;
}

function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return 'h' + Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

export function supportsHighlights(doc: Document): boolean {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  return !!win && typeof win.Highlight === 'function' && !!win.CSS?.highlights;
}

/**
 * The ::highlight() rules for one look. Page previews of Wikipedia and 10ten use a tint or an underline:
 * visible on light and dark pages alike. "none" draws nothing until a card opens.
 */
export function highlightRules(name: string, activeName: string, style: MarkStyle): string {
  const look: Record<MarkStyle, string> = {
    underline: 'text-decoration:underline dotted 2px rgba(200,120,0,.9)',
    background: 'background-color:rgba(255,196,0,.35)',
    none: '',
  };
  return `::highlight(${name}){${look[style]}}::highlight(${activeName}){background-color:rgba(255,170,0,.55)}`;
}

export function createHighlightMarker(doc: Document, style: MarkStyle = 'underline'): Marker {
  const win = doc.defaultView as Window & typeof globalThis;
  const name = randomName();
  const activeName = randomName();
  const marks = new win.Highlight();
  const active = new win.Highlight();
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(highlightRules(name, activeName, style));
  let attached = false;
  const shadowRoots: ShadowRoot[] = [];
  function attach(): void {
    // Re-registers when the page removed our highlights or sheet; cheap when nothing changed.
    if (win.CSS.highlights.get(name) !== marks) win.CSS.highlights.set(name, marks);
    if (win.CSS.highlights.get(activeName) !== active) win.CSS.highlights.set(activeName, active);
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    attached = true;
  }
  return {
    add(range) {
      if (!attached) attach();
      marks.add(range);
    },
    delete(range) {
      marks.delete(range);
      active.delete(range);
    },
    clear() {
      marks.clear();
      active.clear();
      win.CSS.highlights.delete(name);
      win.CSS.highlights.delete(activeName);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      for (const root of shadowRoots.splice(0)) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      attached = false;
    },
    styleShadowRoot(root) {
      if (root.adoptedStyleSheets.includes(sheet)) return;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      shadowRoots.push(root);
    },
    setActive(range) {
      active.clear();
      if (range) {
        attach();
        active.add(range);
      }
    },
    setStyle(next) {
      sheet.replaceSync(highlightRules(name, activeName, next));
    },
  };
}
