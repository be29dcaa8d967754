// Maps a pointer position to a mention without any listener on page elements: the caret position under the
// point gives (text node, offset), the store gives the mentions of that node, and the mention's own boxes
// confirm the point is on it (the caret snaps to the nearest character even beside the text).
import { liveRangeOf, type MentionStore, type PageMention } from './mention-store';

interface Caret {
  node: Node;
  offset: number;
}

export function caretAt(doc: Document, x: number, y: number): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = (doc as { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Half a pixel of slack: rect edges are fractional and the caret test rounds. */
const SLACK_PX = 0.5;

export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - SLACK_PX && x <= r.right + SLACK_PX && y >= r.top - SLACK_PX && y <= r.bottom + SLACK_PX) return true;
  }
  return false;
}

export function mentionAt(doc: Document, store: MentionStore, x: number, y: number): PageMention | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  for (const m of store.get(caret.node as Text)) {
    if (caret.offset >= m.start && caret.offset <= m.end && rangeContainsPoint(liveRangeOf(m), x, y)) return m;
  }
  return null;
}
