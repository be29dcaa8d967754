// Which text nodes of the page may be marked. The walk uses a TreeWalker with no NodeFilter callback and
// decides by the parent element, with the answer cached per parent: a NodeFilter callback or a closest()
// per node costs more than the matching itself (measured in ../shared/NOTES.md).

/** Elements whose text is never page prose, or belongs to the user (form fields). */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'TITLE', 'HEAD',
]);

/** Answers, per parent element, whether its text may be marked. One instance per scan pass. */
export class TextFilter {
  private readonly verdicts = new WeakMap<Element, boolean>();

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
    if ((el as HTMLElement).isContentEditable) return false;
    const parent = el.parentElement;
    return parent ? this.elementAccepts(parent) : true;
  }
}

/** Text nodes under `root` (inclusive) worth matching, in document order. */
export function* textNodesUnder(root: Node, filter: TextFilter): Generator<Text> {
  if (root.nodeType === Node.TEXT_NODE) {
    if (filter.accepts(root as Text)) yield root as Text;
    return;
  }
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    // Whitespace-only nodes between elements are the majority on most pages; skip them before any lookup.
    if (text.data.length > 1 && filter.accepts(text)) yield text;
  }
}
