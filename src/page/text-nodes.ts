// Which text nodes of the page may be marked. The walk uses a TreeWalker with no NodeFilter callback and
// decides by the parent element, with the answer cached per parent: a NodeFilter callback or a closest()
// per node costs more than the matching itself (measured in ../shared/NOTES.md).

// Numeric DOM constants, so this module also runs over a DOM parsed in Node (the scan CLI) without globals.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;

/** Elements whose text is never page prose, or belongs to the user (form fields). */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'TITLE', 'HEAD',
]);

/** Answers, per parent element, whether its text may be marked. One instance per scan pass. */
export class TextFilter {
  private readonly verdicts = new WeakMap<Element, boolean>();
  /**
   * Whether the document has editable content at all. Asking every element `isContentEditable` costs about
   * 1 µs each (50 ms on a 5 MB page); one query answers it for the usual page that has none.
   */
  private editable: boolean | undefined;

  accepts(node: Text): boolean {
    const parent = node.parentElement;
    return parent !== null && this.elementAccepts(parent);
  }

  private elementAccepts(el: Element): boolean {
    let verdict = this.verdicts.get(el);
    if (verdict === undefined) {
      verdict = this.decide(el);
      this.verdicts.set(el, verdict);
    }
    return verdict;
  }

  private decide(el: Element): boolean {
    if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return false;
    // Editable text belongs to the user; marks there would be noise. isContentEditable covers designMode.
    this.editable ??= hasEditableContent(el.ownerDocument);
    if (this.editable && (el as HTMLElement).isContentEditable) return false;
    const parent = el.parentElement;
    return parent ? this.elementAccepts(parent) : true;
  }
}

function hasEditableContent(doc: Document): boolean {
  return doc.designMode === 'on' || doc.querySelector('[contenteditable]:not([contenteditable="false" i])') !== null;
}

/**
 * Whether the reader can see a text node. Hidden text (display: none, the hidden attribute, closed <details>)
 * is still matched during the scan, where asking would force the page's style to be computed in our task
 * (300 ms on a 5 MB page); the few nodes with mentions are asked when the popup lists or reveals them.
 */
export function isShown(node: Text): boolean {
  const parent = node.parentElement;
  return !!parent && (typeof parent.checkVisibility !== 'function' || parent.checkVisibility());
}

/**
 * Text nodes under `root` (inclusive) worth matching, in document order. Nodes of one character are skipped
 * before any lookup (the whitespace between elements is most of the text nodes of most pages) unless
 * `includeTiny` is set, as the scan CLI does to report offsets into all of the page's text.
 */
export function* textNodesUnder(
  root: Node,
  filter: TextFilter,
  includeTiny = false,
  onShadowHost?: (host: Element) => void,
): Generator<Text> {
  if (root.nodeType === TEXT_NODE) {
    if (filter.accepts(root as Text)) yield root as Text;
    return;
  }
  // Elements are visited only to find open shadow roots, whose text a plain walk never reaches.
  const what = onShadowHost ? SHOW_TEXT | SHOW_ELEMENT : SHOW_TEXT;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, what);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === ELEMENT_NODE) {
      if ((n as Element).shadowRoot) onShadowHost!(n as Element);
      continue;
    }
    const text = n as Text;
    if ((includeTiny || text.data.length > 1) && filter.accepts(text)) yield text;
  }
}

/** Elements that end a paragraph: the context an ambiguous alias is read in stops at the nearest one. */
const BLOCK_TAGS = new Set([
  'P', 'LI', 'DD', 'DT', 'TD', 'TH', 'BLOCKQUOTE', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'ARTICLE', 'SECTION', 'ASIDE', 'MAIN', 'HEADER', 'FOOTER', 'BODY',
]);
/** Enough for a paragraph; bounds the cost on pages that put everything in one element. */
const MAX_CONTEXT_CHARS = 4000;

/** The nearest paragraph-like element at or above `el` (the body at the latest). */
export function paragraphElement(el: Element): Element {
  let at = el;
  while (!BLOCK_TAGS.has(at.tagName.toUpperCase()) && at.parentElement) at = at.parentElement;
  return at;
}

/** The text of the paragraph around a text node: the context for aliases with context rules. */
export function paragraphText(node: Text): string {
  const parent = node.parentElement;
  return (parent ? paragraphElement(parent).textContent ?? '' : node.data).slice(0, MAX_CONTEXT_CHARS);
}
