// The one element the extension adds to a page: a host holding the card in a closed shadow root (the page can
// neither read nor style it) and shown in the top layer as a manual popover (page dialogs and z-index wars
// cannot cover it). Created on the first card (or the first one readied), removed when the extension stops.
import { render } from 'preact';
import type { Entry } from '../kb/schema';
import { Card, type CardTheme } from '../ui/Card';
import { inTopDocument, offsetInTop } from './frames';
import { CARD_MAX_HEIGHT_PX, placeCard, type Box } from './placement';
import { backgroundBehind, chooseTheme } from './theme';

/** Inline !important beats any page rule, including `* { all: unset !important }`. */
const HOST_STYLE = [
  'all: initial', 'position: fixed', 'inset: auto', 'left: 0', 'top: 0', 'margin: 0', 'padding: 0', 'border: 0',
  'background: transparent', 'overflow: visible', 'width: max-content', 'height: auto', 'display: none',
  'z-index: 2147483647', 'color-scheme: light dark',
].map((rule) => rule + ' !important').join(';');

export interface CardHostEvents {
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** The reader clicked or moved focus into the card. */
  onEngage(): void;
  lookup(id: string): Entry | undefined;
  requestEntries(ids: string[]): void;
}

export interface CardContent {
  /** Identifies the mention: a new key starts a new card (an empty trail of related entries). */
  key: string;
  entry: Entry | null;
  error?: string;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  /** What the host holds: the card shown or readied. */
  private content: CardContent | null = null;
  /** The card readied out of sight by `prepare`, until shown or hidden. */
  private prepared: CardContent | null = null;
  private theme: CardTheme = 'light';
  private anchorElement: Element | null = null;
  private stopPositioning: (() => void) | null = null;
  private focusBefore: Element | null = null;
  private readonly systemDark: MediaQueryList;
  private readonly onSystemTheme = () => this.renderCard();

  constructor(
    private readonly doc: Document,
    private readonly styles: string,
    private readonly events: CardHostEvents,
  ) {
    this.systemDark = (doc.defaultView as Window).matchMedia('(prefers-color-scheme: dark)');
  }

  /** True when the event happened inside the card (events from a closed shadow root are retargeted to the host). */
  contains(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  get isOpen(): boolean {
    return this.stopPositioning !== null;
  }

  /**
   * Readies a card while the pointer rests on its mention: rendered, in the top layer, styled, laid out and
   * placed, but out of sight until `show` reveals it. Opening it then costs a fraction of building it.
   */
  prepare(anchor: Range, content: CardContent): void {
    if (this.isOpen) return; // a card in view is never swapped unseen
    const { host, root } = this.ensureHost();
    this.content = content;
    this.anchorElement = anchor.startContainer.parentElement;
    this.renderCard();
    setOutOfSight(host, root, true);
    this.enterTopLayer(host);
    // Reading the layout here does now the style and layout work a click would otherwise wait for.
    this.place(anchor, host, root);
    this.prepared = content;
  }

  /** Drops a card readied and not shown (its hover ended); nothing otherwise. */
  dropPrepared(): void {
    if (this.prepared) this.hide(false);
  }

  show(anchor: Range, content: CardContent, focus: boolean): void {
    const { host, root } = this.ensureHost();
    // Where focus was, read before the popover is re-shown (hiding a popover that holds focus moves focus).
    // Stepping from card to card keeps the place focus first came from, so closing returns there.
    const active = this.doc.activeElement;
    if (focus && active !== host) this.focusBefore = active;
    const ready = this.prepared?.key === content.key && this.prepared.entry === content.entry && host.matches(':popover-open');
    this.prepared = null;
    this.content = content;
    this.anchorElement = anchor.startContainer.parentElement;
    if (!ready) this.renderCard();
    setOutOfSight(host, root, false);
    if (!ready) this.enterTopLayer(host);
    this.stopPositioning?.();
    // Focus first: focusing lays the card out, and placing it then reads a clean layout (the other way round,
    // the card is laid out twice before the frame).
    if (focus) (root.querySelector('.card') as HTMLElement | null)?.focus({ preventScroll: true });
    this.place(anchor, host, root);
    this.stopPositioning = this.followAnchor(anchor, host, root);
  }

  update(content: CardContent): void {
    if (!this.isOpen || this.content?.key !== content.key) return;
    this.content = content;
    this.renderCard();
  }

  /** Renders again with the same content (entries it asked for have arrived), shown or readied. */
  refresh(): void {
    this.renderCard();
  }

  hide(restoreFocus: boolean): void {
    this.stopPositioning?.();
    this.stopPositioning = null;
    this.content = null;
    this.prepared = null;
    if (this.host?.matches(':popover-open')) this.host.hidePopover();
    // The card's elements stay (hidden): the next card reuses them, which costs far less than building anew.
    this.host?.style.setProperty('display', 'none', 'important');
    const back = this.focusBefore as (Element & { focus?(options?: FocusOptions): void }) | null;
    if (restoreFocus && back?.isConnected && typeof back.focus === 'function') back.focus({ preventScroll: true });
    this.focusBefore = null;
  }

  destroy(): void {
    this.hide(false);
    if (this.root) render(null, this.root);
    this.systemDark.removeEventListener('change', this.onSystemTheme);
    this.host?.remove();
    this.host = null;
    this.root = null;
  }

  /**
   * Shows the host as a popover, on top of the top layer. A modal dialog or a fullscreen element makes
   * everything outside it inert, the top layer included: the card then lives inside it (the page sees one extra
   * child there), else on <html>. A mention inside a frame counts where the frame is: the card lives in the top
   * document.
   */
  private enterTopLayer(host: HTMLElement): void {
    const container = modalAround(this.anchorElement && inTopDocument(this.anchorElement)) ?? this.doc.documentElement;
    if (host.parentNode !== container) {
      if (host.matches(':popover-open')) host.hidePopover();
      container.append(host);
    }
    host.style.setProperty('display', 'block', 'important');
    // Re-showing moves the card to the top of the top layer, above dialogs the page opened since.
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  }

  private renderCard(): void {
    const content = this.content;
    if (!this.root || !content) return;
    // The mention's own window: a frame has its own background.
    const win = (this.anchorElement?.ownerDocument.defaultView ?? this.doc.defaultView) as Window;
    this.theme = chooseTheme(backgroundBehind(this.anchorElement, win), this.systemDark.matches);
    render(
      <Card
        cardKey={content.key}
        entry={content.entry}
        error={content.error}
        theme={this.theme}
        lookup={this.events.lookup}
        requestEntries={this.events.requestEntries}
        onClose={this.events.onClose}
      />,
      this.root,
    );
  }

  /** Places the card now, before the frame is painted (layout is read once, then only written). */
  private place(anchor: Range, host: HTMLElement, root: ShadowRoot): void {
    const card = root.querySelector('.card') as HTMLElement | null;
    if (!card) return;
    const view = this.doc.documentElement;
    const { x, y, maxHeight } = placeCard({
      lines: lineBoxes(anchor, offsetInTop(anchor.startContainer.ownerDocument!)),
      // The height its content asks for, whatever cap the last placement set (borders included).
      card: { width: card.offsetWidth, height: card.scrollHeight + card.offsetHeight - card.clientHeight },
      viewport: { width: view.clientWidth, height: view.clientHeight },
    });
    const dpr = this.doc.defaultView?.devicePixelRatio || 1;
    // Whole device pixels: text is drawn the same wherever the card lands.
    const snap = (v: number) => Math.round(v * dpr) / dpr;
    // On the card alone, not as an inherited custom property: that would restyle every element inside it.
    // Written only when it changes: each write costs a second style and layout pass before the paint.
    const value = `${Math.min(maxHeight, CARD_MAX_HEIGHT_PX)}px`;
    if (card.style.getPropertyValue('max-height') !== value) card.style.setProperty('max-height', value);
    host.style.setProperty('left', `${snap(x)}px`, 'important');
    host.style.setProperty('top', `${snap(y)}px`, 'important');
  }

  /**
   * Keeps the card next to its mention while it is open: scrolling (of the page or of any element, seen in the
   * capture phase), resizing, and the card's own size changing (a related entry opened) place it again, at most
   * once per frame. Returns the function that stops it.
   */
  private followAnchor(anchor: Range, host: HTMLElement, root: ShadowRoot): () => void {
    const win = this.doc.defaultView as Window;
    // A mention in a frame also moves when the frame scrolls.
    const anchorWin = anchor.startContainer.ownerDocument?.defaultView;
    const frameWin = anchorWin && anchorWin !== win ? anchorWin : null;
    let frame = 0;
    const schedule = () => {
      frame ||= win.requestAnimationFrame(() => {
        frame = 0;
        this.place(anchor, host, root);
      });
    };
    const resized = new ResizeObserver(schedule);
    const card = root.querySelector('.card');
    if (card) resized.observe(card);
    win.addEventListener('scroll', schedule, { capture: true, passive: true });
    win.addEventListener('resize', schedule, { passive: true });
    frameWin?.addEventListener('scroll', schedule, { capture: true, passive: true });
    return () => {
      win.cancelAnimationFrame(frame);
      resized.disconnect();
      win.removeEventListener('scroll', schedule, { capture: true });
      win.removeEventListener('resize', schedule);
      frameWin?.removeEventListener('scroll', schedule, { capture: true });
    };
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
    host.addEventListener('pointerdown', (e) => e.isTrusted && this.events.onEngage());
    host.addEventListener('focusin', (e) => e.isTrusted && this.events.onEngage());
    this.systemDark.addEventListener('change', this.onSystemTheme);
    this.host = host;
    this.root = root;
    return { host, root };
  }
}

/**
 * The boxes of the lines a mention covers, in the top viewport (a range's client rects include empty ones at
 * line breaks, and are relative to the viewport of the mention's own document).
 */
function lineBoxes(anchor: Range, offset: { x: number; y: number }): Box[] {
  const rects = [...anchor.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  const lines = rects.length > 0 ? rects : [anchor.getBoundingClientRect()];
  if (offset.x === 0 && offset.y === 0) return lines;
  return lines.map((r) => ({ left: r.left + offset.x, right: r.right + offset.x, top: r.top + offset.y, bottom: r.bottom + offset.y }));
}

/**
 * Takes a readied card out of sight, or brings it back: shifted off the screen (nothing to see or hit), out of
 * the accessibility tree, inert, and its entrance animation held back until it is revealed. The shift touches
 * one element's own style, so revealing lays out nothing else (hiding with `visibility`, which every element
 * inherits, made revealing restyle the whole card). `inert` does restyle it on reveal (about 0.8 ms more in
 * the click, `npm run bench:card`), and is needed all the same: a popover is in the page's Tab order, and
 * without it Tab from the page's last control went into the unseen card.
 */
function setOutOfSight(host: HTMLElement, root: ShadowRoot, out: boolean): void {
  host.style.setProperty('translate', out ? '-200vw 0' : 'none', 'important');
  if (out) host.setAttribute('aria-hidden', 'true');
  else host.removeAttribute('aria-hidden');
  host.inert = out;
  const card = root.querySelector<HTMLElement>('.card');
  if (out) card?.style.setProperty('animation-name', 'none');
  else card?.style.removeProperty('animation-name');
}

/** The open modal dialog or fullscreen element around `el`, if any. */
function modalAround(el: Element | null): Element | null {
  try {
    return el?.closest(':modal') ?? null;
  } catch {
    return null; // a browser without :modal has no such inertness to work around either
  }
}
