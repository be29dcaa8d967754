// The one style sheet that draws our marks: ::highlight() rules for every look and every group of marks,
// under names chosen at random per page. It is adopted by a tiny content script at document_start, before the
// page has any style to recompute: adopting a sheet later makes the browser recompute the style of every
// element (390 ms on the bench's 5 MB page, measured in a trace). The look of the marks is then chosen by the
// name a Highlight is registered under, never by changing the sheet, which would cost the same recomputation.
// The two content scripts share the sheet through a global of the extension's isolated world, which pages
// cannot reach.
import type { MarkStyle } from '../settings';

/** Marks are spread over this many Highlight objects (see highlighter.ts). */
export const MARK_GROUPS = 6;

export interface HighlightSheet {
  sheet: CSSStyleSheet;
  /** The sheet's text, for a copy in a frame's document (a sheet is adopted only in its own realm). */
  rules: string;
  /** The registry name of group `index` of marks drawn in `style` ("none" draws nothing: no name). */
  groupName(style: Exclude<MarkStyle, 'none'>, index: number): string;
  /** The registry name of the mention whose card is open. */
  activeName: string;
}

const LOOKS: Record<Exclude<MarkStyle, 'none'>, string> = {
  // Page previews of Wikipedia and 10ten use a tint or an underline: visible on light and dark pages alike.
  underline: 'text-decoration:underline dotted 2px rgba(200,120,0,.9)',
  background: 'background-color:rgba(255,196,0,.35)',
};
const ACTIVE_LOOK = 'background-color:rgba(255,170,0,.55)';

const SHARED = Symbol.for('context-cards.highlight-sheet');
type Shared = { [SHARED]?: HighlightSheet };

function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return 'h' + Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

/** The rules for a set of names; pure, for the tests. */
export function highlightRules(base: string, activeName: string): string {
  const rules = Object.entries(LOOKS).map(([style, look]) => {
    const selectors = Array.from({ length: MARK_GROUPS }, (_, i) => `::highlight(${base}-${style[0]}${i})`);
    return `${selectors.join(',')}{${look}}`;
  });
  return rules.join('') + `::highlight(${activeName}){${ACTIVE_LOOK}}`;
}

function createSheet(doc: Document): HighlightSheet {
  const win = doc.defaultView as Window & typeof globalThis;
  const base = randomName();
  const activeName = randomName();
  // Constructed in the document's own window: adoptedStyleSheets accepts only sheets of its document's realm.
  const sheet = new win.CSSStyleSheet();
  const rules = highlightRules(base, activeName);
  sheet.replaceSync(rules);
  return { sheet, rules, activeName, groupName: (style, index) => `${base}-${style[0]}${index}` };
}

/**
 * The page's sheet, adopted into the document: made at document_start by the early script, and found there by
 * the main one (which makes it, late, only where the early script did not run).
 */
export function highlightSheet(doc: Document, shared: object = globalThis): HighlightSheet {
  const made = ((shared as Shared)[SHARED] ??= createSheet(doc));
  adoptSheet(doc, made.sheet);
  return made;
}

/** Adds the sheet to a document or shadow root unless it is there already (a page may have removed it). */
export function adoptSheet(target: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  if (!target.adoptedStyleSheets.includes(sheet)) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
}
