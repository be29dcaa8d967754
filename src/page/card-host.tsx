// The one element the extension adds to a page: a host appended to <html>, holding the card in a closed
// shadow root (the page can neither read nor style it) and shown in the top layer as a manual popover (page
// dialogs and z-index wars cannot cover it). Created on the first card, removed when the extension stops.
import { autoUpdate, computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import type { Entry } from '../kb/schema';
import { Card } from '../ui/Card';

/** Inline !important beats any page rule, including `* { all: unset !important }`. */
const HOST_STYLE = [
  'all: initial', 'position: fixed', 'inset: auto', 'left: 0', 'top: 0', 'margin: 0', 'padding: 0', 'border: 0',
  'background: transparent', 'overflow: visible', 'width: max-content', 'height: auto', 'display: block',
  'z-index: 2147483647', 'color-scheme: light dark',
].map((rule) => rule + ' !important').join(';');

export interface CardHostEvents {
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private stopPositioning: (() => void) | null = null;
  private focusBefore: Element | null = null;

  constructor(
    private readonly doc: Document,
    private readonly styles: string,
    private readonly events: CardHostEvents,
  ) {}

  /** True when the event happened inside the card (events from a closed shadow root are retargeted to the host). */
  contains(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  get isOpen(): boolean {
    return this.stopPositioning !== null;
  }

  show(anchor: Range, content: { entry: Entry | null; error?: string }, focus: boolean): void {
    const { host, root } = this.ensureHost();
    render(<Card entry={content.entry} error={content.error} onClose={this.events.onClose} />, root);
    if (!host.isConnected) this.doc.documentElement.append(host);
    // Re-showing moves the card to the top of the top layer, above dialogs the page opened since.
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
    this.stopPositioning?.();
    const reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      contextElement: anchor.startContainer.parentElement ?? undefined,
    };
    this.stopPositioning = autoUpdate(reference, host, () => {
      void computePosition(reference, host, {
        strategy: 'fixed',
        placement: 'bottom-start',
        // Above or below the line, never over it; flipped and shifted to stay in the viewport.
        middleware: [inline(), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        host.style.setProperty('left', `${x}px`, 'important');
        host.style.setProperty('top', `${y}px`, 'important');
      });
    });
    if (focus) {
      this.focusBefore = this.doc.activeElement;
      (root.querySelector('.card') as HTMLElement | null)?.focus();
    }
  }

  update(content: { entry: Entry | null; error?: string }): void {
    if (this.root && this.isOpen) {
      render(<Card entry={content.entry} error={content.error} onClose={this.events.onClose} />, this.root);
    }
  }

  hide(restoreFocus: boolean): void {
    this.stopPositioning?.();
    this.stopPositioning = null;
    if (this.host?.matches(':popover-open')) this.host.hidePopover();
    if (this.root) render(null, this.root);
    if (restoreFocus && this.focusBefore instanceof HTMLElement) this.focusBefore.focus();
    this.focusBefore = null;
  }

  destroy(): void {
    this.hide(false);
    this.host?.remove();
    this.host = null;
    this.root = null;
  }

  private ensureHost(): { host: HTMLElement; root: ShadowRoot } {
    if (this.host && this.root) return { host: this.host, root: this.root };
    // A plain div: a custom element name could be defined (and so controlled) by the page.
    const host = this.doc.createElement('div');
    host.setAttribute('style', HOST_STYLE);
    host.popover = 'manual';
    const root = host.attachShadow({ mode: 'closed' });
    const sheet = new (this.doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(this.styles);
    root.adoptedStyleSheets = [sheet];
    // Listeners on our own host only; untrusted (script-made) events are ignored.
    host.addEventListener('pointerenter', (e) => e.isTrusted && this.events.onPointerEnter());
    host.addEventListener('pointerleave', (e) => e.isTrusted && this.events.onPointerLeave());
    this.host = host;
    this.root = root;
    return { host, root };
  }
}
