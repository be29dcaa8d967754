// Which text nodes of the page may be marked. The walk visits elements and text with one TreeWalker and no
// NodeFilter callback, and leaves out a skipped element's whole subtree when it reaches the element: no
// per-text-node lookup at all. A NodeFilter callback, or a closest() or a cached parent verdict per text
// node, costs more than the matching itself (../shared/NOTES.md; the cached parent lookup alone was 0.8x the
// bare walk on the 5 MB bench page).

// Numeric DOM constants, so this module also runs over a DOM parsed in Node (the scan CLI) without globals.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;
const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;

/** Elements whose text is never page prose, or belongs to the user (form fields); by localName. */
const SKIPPED_ELEMENTS = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'object', 'canvas', 'title', 'head',
];
/** Elements that hold another document: their own children are fallback content, never shown. */
const FRAMES = ['iframe', 'frame'];
/** The elements `attachShadow` accepts (besides custom elements): asking others for a shadow root is wasted. */
const SHADOW_HOSTS = [
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main',
  'nav', 'p', 'section', 'span',
];
const SKIPPED = 1;
const SHADOW_HOST = 2;
const FRAME = 3;
/** One lookup per element walked answers all three questions (the walk asks them of every element). */
const ELEMENT_KINDS = new Map<string, number>([
  ...SKIPPED_ELEMENTS.map((name) => [name, SKIPPED] as const),
  ...SHADOW_HOSTS.map((name) => [name, SHADOW_HOST] as const),
  ...FRAMES.map((name) => [name, FRAME] as const),
]);

function elementKind(localName: string): number {
  return ELEMENT_KINDS.get(localName) ?? (localName.includes('-') ? SHADOW_HOST : 0);
}

/** An iframe or frame: its document is walked apart (where the page lets us in), its children never. */
export function isFrame(el: Element): boolean {
  return elementKind(el.localName) === FRAME;
}

/** Decides which elements' text may be marked. One instance per document per scan pass. */
export class TextFilter {
  /**
   * Whether the document has editable content at all. Asking every element `isContentEditable` costs about
   * 1 µs each (50 ms on a 5 MB page); one query answers it for the usual page that has none.
   */
  private editable: boolean | undefined;
  /** Verdicts on the ancestors of scan roots: many roots of a rescan share their parents. */
  private readonly places = new Map<Element, boolean>();

  /** Whether the text directly inside `el` is left alone (its subtree is then left alone too). */
  skips(el: Element, kind = elementKind(el.localName)): boolean {
    if (kind === SKIPPED || kind === FRAME) return true;
    // Editable text belongs to the user; marks there would be noise. isContentEditable covers designMode.
    this.editable ??= hasEditableContent(el.ownerDocument);
    return this.editable && (el as HTMLElement).isContentEditable === true;
  }

  /** Whether a node's place lets its text be marked: asked once per scan root, not per node. */
  acceptsPlace(node: Node): boolean {
    if (node.nodeType === ELEMENT_NODE) return this.elementAccepts(node as Element);
    return this.containerAccepts(node);
  }

  private elementAccepts(el: Element): boolean {
    let verdict = this.places.get(el);
    if (verdict === undefined) {
      verdict = !this.skips(el) && this.containerAccepts(el);
      this.places.set(el, verdict);
    }
    return verdict;
  }

  /** The verdict of what holds a node: its parent element, or, at the top of a shadow root, the host. */
  private containerAccepts(node: Node): boolean {
    if (node.parentElement) return this.elementAccepts(node.parentElement);
    const root = node.getRootNode();
    return root.nodeType === DOCUMENT_FRAGMENT_NODE && (root as ShadowRoot).host ? this.elementAccepts((root as ShadowRoot).host) : true;
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

export interface WalkOptions {
  /** Also yield nodes of one character, as the scan CLI does to report offsets into all of the page's text. */
  includeTiny?: boolean;
  /** Called for every element with an open shadow root, whose text a plain walk never reaches. */
  onShadowHost?(host: Element): void;
  /** Called for every iframe and frame, whose document a plain walk never reaches either. */
  onFrame?(frame: Element): void;
  /** Elements whose subtree was already scanned (the part in view, done first). */
  done?: ReadonlySet<Element>;
  /** Elements and text nodes the walk may still visit; counted down, shared across walks. */
  budget?: { nodes: number };
}

/**
 * Text nodes under `root` (inclusive) worth matching, in document order, one per `next()` (null at the end).
 * Nodes of one character are skipped before any other test (the whitespace between elements is most of the
 * text nodes of most pages). A cursor rather than a generator: it allocates nothing per node, and the scan
 * calls it a hundred thousand times on a large page before the engine has optimised anything.
 */
export class TextWalk {
  private readonly includeTiny: boolean;
  private readonly onShadowHost: ((host: Element) => void) | undefined;
  private readonly onFrame: ((frame: Element) => void) | undefined;
  private readonly done: ReadonlySet<Element> | undefined;
  private readonly budget: { nodes: number };
  /** The text of the node `next()` returned last: the walk reads it anyway, and each read is a DOM call. */
  data = '';
  /** The root itself when it is a text node, not yet returned. */
  private single: Text | null = null;
  /** The next child to look at, when the root is an element of text only (no walker needed). */
  private child: Node | null = null;
  private walker: TreeWalker | null = null;

  constructor(
    root: Node,
    private readonly filter: TextFilter,
    { includeTiny = false, onShadowHost, onFrame, done, budget = { nodes: Infinity } }: WalkOptions = {},
  ) {
    this.includeTiny = includeTiny;
    this.onShadowHost = onShadowHost;
    this.onFrame = onFrame;
    this.done = done;
    this.budget = budget;
    if (!filter.acceptsPlace(root)) return;
    if (root.nodeType === TEXT_NODE) this.single = root as Text;
    else if (root.nodeType === ELEMENT_NODE && (root as Element).firstElementChild === null) {
      // An element of text only (a paragraph a page appends, say): its children are the nodes.
      if (onShadowHost && (root as Element).shadowRoot) onShadowHost(root as Element);
      this.child = root.firstChild;
    } else {
      this.walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_TEXT | SHOW_ELEMENT);
    }
  }

  next(): Text | null {
    if (this.single) {
      const text = this.single;
      this.single = null;
      this.data = text.data;
      return text;
    }
    for (let n = this.child; n; n = n.nextSibling) {
      if (n.nodeType !== TEXT_NODE) continue;
      const data = (n as Text).data;
      if (this.includeTiny || data.length > 1) {
        this.child = n.nextSibling;
        this.data = data;
        return n as Text;
      }
    }
    this.child = null;
    const walker = this.walker;
    if (!walker) return null;
    let n = walker.nextNode();
    while (n && this.budget.nodes-- > 0) {
      if (n.nodeType === ELEMENT_NODE) {
        const el = n as Element;
        const kind = elementKind(el.localName);
        if (this.filter.skips(el, kind) || this.done?.has(el)) {
          if (kind === FRAME) this.onFrame?.(el);
          n = nextOutside(walker);
          continue;
        }
        if (kind === SHADOW_HOST && this.onShadowHost && el.shadowRoot) this.onShadowHost(el);
      } else {
        const data = (n as Text).data;
        if (this.includeTiny || data.length > 1) {
          this.data = data;
          return n as Text;
        }
      }
      n = walker.nextNode();
    }
    this.walker = null;
    return null;
  }
}

/** Moves the walker past the current node's subtree: to its next sibling, or an ancestor's, within the root. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
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
