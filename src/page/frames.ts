// Same-origin frames: the content script runs in the top document only and reaches into the documents of the
// page's iframes where the page lets it (same origin, not sandboxed). Their mentions live in the same store,
// so what needs the top document's coordinates or order asks here.

/** The frame element that holds `doc` (null for the top document, or a document no longer in a frame). */
function frameOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/**
 * Where the viewport of `doc` sits in the viewport of the top document: the sum of the content-box corners of
 * the frames that hold it (0, 0 for the top document). Client rects of ranges inside a frame add this.
 */
export function offsetInTop(doc: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let frame = frameOf(doc); frame; frame = frameOf(frame.ownerDocument)) {
    const box = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    x += box.left + frame.clientLeft + (style ? parseFloat(style.paddingLeft) || 0 : 0);
    y += box.top + frame.clientTop + (style ? parseFloat(style.paddingTop) || 0 : 0);
  }
  return { x, y };
}

/** The frames holding `node`, outermost first, then the node. */
function chainOf<T extends Node>(node: T): (T | Element)[] {
  const chain: (T | Element)[] = [node];
  for (let frame = frameOf(node.ownerDocument!); frame; frame = frameOf(frame.ownerDocument)) chain.unshift(frame);
  return chain;
}

/** The element of the top document that holds `el`: its outermost frame, or `el` itself. */
export function inTopDocument(el: Element): Element {
  return chainOf(el)[0]!;
}

/** Whether a node is still part of the page: in its document, and that document still shown (in a frame). */
export function isInPage(node: Node): boolean {
  return node.isConnected && !!node.ownerDocument?.defaultView;
}

function compareInDocument(a: Node, b: Node): number {
  return a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Page order across frames: a frame's text comes where the frame is. */
export function comparePageOrder(a: Node, b: Node): number {
  if (a.ownerDocument === b.ownerDocument) return compareInDocument(a, b);
  const ca = chainOf(a);
  const cb = chainOf(b);
  let level = 0;
  while (level < ca.length - 1 && level < cb.length - 1 && ca[level] === cb[level]) level++;
  return compareInDocument(ca[level]!, cb[level]!);
}

/** The documents of the page's frames that the content script may read, and the frames whose loads it follows. */
export class FrameDocuments {
  private readonly docs = new Set<Document>();
  private readonly followed = new WeakSet<Element>();
  private readonly loaded = (e: Event) => this.onLoad(e.currentTarget as Element);

  /** `onLoad`: a followed frame loaded a document (its first, or another). */
  constructor(private readonly onLoad: (frame: Element) => void) {}

  /**
   * The frame's document, when the page lets us read it (same origin, not sandboxed) and it is not known yet;
   * from now on the frame's loads are reported, whatever its origin (it may navigate to one of ours).
   */
  add(frame: Element): Document | null {
    if (!this.followed.has(frame)) {
      this.followed.add(frame);
      frame.addEventListener('load', this.loaded);
    }
    let doc: Document | null = null;
    try {
      doc = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      // another origin's
    }
    if (!doc || this.docs.has(doc)) return null;
    for (const old of this.docs) if (!old.defaultView) this.docs.delete(old); // navigated away or removed
    this.docs.add(doc);
    return doc;
  }

  /** Forgets every document, and returns them (for their listeners to be taken away). */
  clear(): Document[] {
    const all = [...this.docs];
    this.docs.clear();
    return all;
  }
}
