// The reader's pointer and keys: one set of listeners per document (the page's and each same-origin frame's),
// in the capture phase, trusted events only, never on page elements. A position becomes a mention (through the
// caller's hit test) and an event for the card session.
import type { CardSession } from './card-session';
import type { PageMention } from './mention-store';

export interface PageInputDeps {
  win: Window;
  card: Pick<CardSession, 'dispatch' | 'contains' | 'active' | 'pending'>;
  /** The marked mention under a point of a document's viewport (the page's, or a frame's). */
  markedAt(doc: Document, x: number, y: number): PageMention | null;
  /** Whether resting the pointer on a mention opens its card now (the settings; not on a giant page). */
  hoverOpens(): boolean;
  /** False once the page controller stopped or the extension is gone (checked before acting on the pointer). */
  live(): boolean;
}

export class PageInput {
  private hovered: PageMention | null = null;
  private pendingPointer: { doc: Document; x: number; y: number } | null = null;

  constructor(private readonly deps: PageInputDeps) {}

  listenTo(doc: Document): void {
    doc.addEventListener('pointermove', this.onPointerMove, { capture: true, passive: true });
    doc.addEventListener('click', this.onClick, true);
    doc.addEventListener('keydown', this.onKeyDown, true);
  }

  stopListeningTo(doc: Document): void {
    doc.removeEventListener('pointermove', this.onPointerMove, { capture: true });
    doc.removeEventListener('click', this.onClick, true);
    doc.removeEventListener('keydown', this.onKeyDown, true);
  }

  /** Forgets the mention under the pointer; `leave` also tells the card session the pointer left it. */
  forgetHover({ leave = false } = {}): void {
    if (leave && this.hovered) this.deps.card.dispatch({ type: 'leave-mention' });
    this.hovered = null;
  }

  private readonly onPointerMove = (e: PointerEvent): void => {
    if (!e.isTrusted || e.pointerType === 'touch' || !this.deps.hoverOpens()) return;
    const first = this.pendingPointer === null;
    this.pendingPointer = { doc: e.currentTarget as Document, x: e.clientX, y: e.clientY };
    // Hit-testing once per frame is enough; pointermove can fire several times per frame.
    if (first) this.deps.win.requestAnimationFrame(this.hitTestPointer);
  };

  private readonly hitTestPointer = (): void => {
    const p = this.pendingPointer;
    this.pendingPointer = null;
    // Checked here, once per frame, rather than on every pointermove.
    if (!p || !this.deps.live()) return;
    const m = this.deps.markedAt(p.doc, p.x, p.y);
    if (m === this.hovered) return;
    this.hovered = m;
    this.deps.card.dispatch(m ? { type: 'enter-mention', mention: m } : { type: 'leave-mention' });
  };

  private readonly onClick = (e: MouseEvent): void => {
    if (!e.isTrusted || e.button !== 0 || !this.deps.live()) return;
    const { card } = this.deps;
    if (card.contains(e.target)) return;
    const m = this.deps.markedAt(e.currentTarget as Document, e.clientX, e.clientY);
    // A mention inside a link stays a link: the click follows it, and hovering opens the card.
    if (m && !m.node.parentElement?.closest('a[href]')) card.dispatch({ type: 'click-mention', mention: m });
    else card.dispatch({ type: 'click-outside' });
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    const { card } = this.deps;
    if (!e.isTrusted || e.key !== 'Escape' || !card.active) return;
    if (!card.pending) {
      // This Escape closes the card, and only the card: not also the page's dialog or lightbox beneath it.
      e.preventDefault();
      e.stopPropagation();
    }
    card.dispatch({ type: 'escape' });
  };
}
