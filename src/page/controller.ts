// Runs the extension on one page: scan and mark, follow changes, answer the pointer and the keyboard; the card
// itself is card-session.ts's. `start` and `stop` are the site switch; `stop` leaves the page as it found it.
import type { Entry } from '../kb/schema';
import type { Matcher } from '../match/matcher';
import type { EntityCount, RevealedMention } from '../messages';
import type { Settings } from '../settings';
import type { CardHostEvents } from './card-host';
import { CardSession, type CardView } from './card-session';
import { EntryCache } from './entry-cache';
import { createHighlightMarker, supportsHighlights, type Marker } from './highlighter';
import { mentionAt } from './hit-test';
import { markPolicyOf, MarkSelection } from './mark-policy';
import { liveRangeOf, MentionStore, type PageMention } from './mention-store';
import { stepIndex, type StepDirection } from './mention-nav';
import { FlushPacer } from './flush-pacer';
import { FrameDocuments, isInPage, offsetInTop } from './frames';
import { PageInput } from './page-input';
import { pageYielder, Scanner, type ScanMetrics } from './scanner';
import { isShown } from './text-nodes';
import { visibleParagraphs } from './visible';

export interface ControllerDeps {
  win: Window;
  matcher: Matcher;
  /** Makes the card host (content.ts: one that loads the card's code on first use). */
  createCardView(events: CardHostEvents): CardView;
  /** Reports the page's entity ids (for the badge) and returns their entries. */
  reportFound(ids: string[]): Promise<Entry[]>;
  /** Entries by id (related entries, which the page may not mention). */
  getEntries(ids: string[]): Promise<Entry[]>;
  /** An entity's kind, for the settings that leave kinds unmarked. */
  kindOf?(id: string): string | undefined;
  /** Measurements for the benchmark; the extension passes none. */
  metrics?: ControllerMetrics;
  /**
   * Whether the extension that runs this script is still there: false once it was reloaded, updated or
   * removed, when this script is left orphaned in the page and must take its marks and listeners away.
   */
  isAlive?(): boolean;
}

export interface ControllerMetrics extends ScanMetrics {
  /** The part of the page in view is marked. */
  visibleDone?(): void;
  /** A rescan after page changes finished. */
  flushDone?(): void;
}

/** The Navigation API (Chromium), which reports same-document navigations of single-page apps. */
function navigationOf(win: Window): EventTarget | undefined {
  return (win as { navigation?: EventTarget }).navigation;
}

/** The settings the controller follows live (the site switch is content.ts's start and stop). */
export type PageSettings = Pick<Settings, 'cardTrigger' | 'markStyle' | 'markScope' | 'unmarkedKinds'>;

/**
 * Every browser the extension supports has the Custom Highlight API (Chrome 105, Firefox 140; the manifest
 * asks for Chrome 132 and Firefox 142), so no wrapping fallback is shipped: without the API nothing is
 * marked, and mentions stay reachable from the popup.
 */
const NO_MARKS: Marker = { add() {}, delete() {}, clear() {}, setActive() {}, styleShadowRoot() {}, styleFrame() {} };

/**
 * Above this many elements a page is too big for marks. Any change to a registered Highlight makes Chromium
 * walk the whole page before the next paint (HighlightRegistry invalidates the paint of every layout object):
 * about 30 ms for the bench's 5 MB page (75,000 elements) and 85 ms for a page of a million text nodes
 * (600,000 elements) on our 2-core machine. On such pages marks are not drawn (nor changed, nor tinted), and
 * hovering opens nothing; mentions are still found, counted in the popup, reached by the shortcuts, and a
 * click on one opens its card.
 */
export const GIANT_PAGE_ELEMENTS = 150_000;
/** How often the page's size is asked again: counting is O(elements) after the page changed. */
const SIZE_CHECK_MS = 1000;
/**
 * The first scan of a page walks at most this many nodes (elements and text). Every node walked gets a
 * JavaScript wrapper in the extension's world, and on a page of a million text nodes those wrappers made a
 * 600 ms garbage collection; the bench's 5 MB page has about 205,000.
 */
export const MAX_WALKED_NODES = 300_000;
/**
 * On a giant page the first scan walks only this far from the top. Garbage collection there is costly (a
 * scavenge processes every wrapper made since the last one, and a full collection marks the page's million
 * nodes): walking 300,000 nodes still made one task of 50–60 ms in about one load in ten.
 */
export const GIANT_PAGE_WALKED_NODES = 50_000;

export class PageController {
  private readonly doc: Document;
  private readonly store = new MentionStore();
  private readonly entries: EntryCache;
  private readonly marker: Marker;
  private readonly scanner: Scanner;
  private readonly card: CardSession;
  private readonly input: PageInput;
  private readonly observer: MutationObserver;
  private running = false;
  private readonly pendingRoots = new Set<Node>();
  private flushScheduled = false;
  private readonly pacer: FlushPacer;
  private readonly frames = new FrameDocuments((frame) => this.onFrameLoad(frame));
  private reportedIds = '';
  private readonly marks: MarkSelection<PageMention>;
  private hoverOpens = true;
  private readonly elements: HTMLCollection;
  private readonly yieldToPage: () => Promise<void>;
  private giant = false;
  private giantCheckedAt = -Infinity;

  constructor(private readonly deps: ControllerDeps) {
    this.doc = deps.win.document;
    this.entries = new EntryCache(deps.getEntries);
    this.elements = this.doc.getElementsByTagName('*');
    this.yieldToPage = pageYielder(deps.win);
    this.marker = supportsHighlights(this.doc) ? createHighlightMarker(this.doc, { frozen: () => this.pageIsGiant() }) : NO_MARKS;
    this.marks = new MarkSelection(this.marker, (id) => deps.kindOf?.(id));
    this.scanner = new Scanner({
      matcher: deps.matcher,
      store: this.store,
      marker: this.marks.scannerMarker,
      now: () => deps.win.performance.now(),
      yieldToPage: this.yieldToPage,
      onShadowRoot: (root) => this.watchShadowRoot(root),
      onFrame: (frame) => this.watchFrame(frame),
      metrics: deps.metrics,
    });
    this.pacer = new FlushPacer(() => deps.win.performance.now());
    this.card = new CardSession({
      entries: this.entries,
      marker: this.marker,
      fetchPageEntries: () => deps.reportFound(this.store.entityIds()),
      createHost: deps.createCardView,
    });
    this.input = new PageInput({
      win: deps.win,
      card: this.card,
      markedAt: (doc, x, y) => this.markedAt(doc, x, y),
      hoverOpens: () => this.hoverOpens && !this.giant,
      live: () => this.running && !this.orphaned(),
    });
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    this.input.listenTo(this.doc);
    this.doc.addEventListener('fullscreenchange', this.onFullscreenChange);
    this.deps.win.addEventListener('popstate', this.onNavigate);
    navigationOf(this.deps.win)?.addEventListener('navigatesuccess', this.onNavigate);
    // The part in view first, then the rest of the page, skipping what the first pass did. (Not on a giant
    // page: it draws no marks, and each hit test there costs as much as the page is wide.) Sizing the page
    // and the hit tests are two slices.
    const giant = this.pageIsGiant();
    await this.yieldToPage();
    if (!this.running) return;
    const inView = giant ? [] : visibleParagraphs(this.doc);
    await this.scanner.scan(inView, { firstPass: true });
    // Mentions in view: start loading the card's code now (44–130 ms here, mostly waiting on the browser),
    // not after the whole page; report() does it for pages whose first mention comes later.
    if (this.store.size > 0) void this.card.prefetch();
    if (this.running && this.marks.selective) this.syncMarks();
    void this.marker.flush?.();
    this.deps.metrics?.visibleDone?.();
    if (!this.running) return;
    const maxNodes = giant ? GIANT_PAGE_WALKED_NODES : MAX_WALKED_NODES;
    await this.scanner.scan([this.doc.body ?? this.doc.documentElement], { done: new Set(inView), firstPass: true, maxNodes });
    if (this.running && this.marks.selective) this.syncMarks();
    const drawn = this.marker.flush?.();
    if (this.running) await this.report();
    await drawn;
  }

  /**
   * Takes every mark, listener and the card away and clears the badge; `orphaned` (the extension is gone, so
   * there is no badge to clear) also takes the marks' style sheet away.
   */
  stop({ orphaned = false } = {}): void {
    if (!this.running) return;
    this.running = false;
    this.scanner.cancel();
    this.observer.disconnect();
    this.input.stopListeningTo(this.doc);
    for (const frameDoc of this.frames.clear()) this.input.stopListeningTo(frameDoc);
    this.doc.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.deps.win.removeEventListener('popstate', this.onNavigate);
    navigationOf(this.deps.win)?.removeEventListener('navigatesuccess', this.onNavigate);
    this.card.destroy();
    this.marker.clear({ dispose: orphaned });
    this.store.clear();
    this.marks.reset();
    this.pendingRoots.clear();
    this.input.forgetHover();
    if (!orphaned) void this.report();
  }

  /**
   * Whether the page is too big for marks (GIANT_PAGE_ELEMENTS), asked again at most once a second. Asking for
   * the element at that index walks the page only that far, where counting them all took 130 ms on a page of
   * 600,000 elements.
   */
  private pageIsGiant(): boolean {
    const now = this.deps.win.performance.now();
    if (now - this.giantCheckedAt >= SIZE_CHECK_MS) {
      this.giantCheckedAt = now;
      this.giant = this.elements.item(GIANT_PAGE_ELEMENTS) !== null;
    }
    return this.giant;
  }

  /** Stops for good when the extension is gone; checked whenever the page gives the script something to do. */
  private orphaned(): boolean {
    if (this.deps.isAlive?.() !== false) return false;
    this.stop({ orphaned: true });
    return true;
  }

  /** What the reader can see mentioned (hidden text is matched, but neither listed nor revealed). */
  summary(): EntityCount[] {
    return this.store.counts(isShown);
  }

  /** The same for the entity's mention number `index` in document order, wrapping around at either end. */
  revealMention(id: string, index: number): RevealedMention | null {
    const mentions = this.store.inDocumentOrder().filter((m) => m.entity === id && isShown(m.node));
    if (mentions.length === 0) return null;
    const at = ((index % mentions.length) + mentions.length) % mentions.length;
    const mention = mentions[at]!;
    mention.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.card.dispatch({ type: 'open', mention });
    return { index: at, count: mentions.length };
  }

  /** Follows a change of the settings at once: the look of the marks, which mentions have one, how cards open. */
  applySettings(settings: PageSettings): void {
    this.marks.setPolicy(markPolicyOf(settings));
    // Resting the pointer on a word that shows no mark would open cards out of nowhere: with no marks, a click
    // (or the popup) opens them.
    this.hoverOpens = settings.cardTrigger === 'hover-and-click' && settings.markStyle !== 'none';
    this.marker.setStyle?.(settings.markStyle);
    if (!this.hoverOpens) this.input.forgetHover({ leave: true });
    if (this.running) this.syncMarks();
  }

  /** Marks the mentions the settings mark and unmarks the rest; the open card's mention stays highlighted. */
  private syncMarks(): void {
    this.marks.sync(this.store.inDocumentOrder());
    void this.marker.flush?.();
    const shown = this.card.shownMention;
    if (shown) this.marker.setActive(shown.range);
  }

  /**
   * The marked mention under a point of a document's viewport (the page's, or a frame's): the pointer ignores
   * mentions the settings leave unmarked.
   */
  private markedAt(doc: Document, x: number, y: number): PageMention | null {
    const m = mentionAt(doc, this.store, x, y);
    return m && this.marks.has(m) ? m : null;
  }

  /**
   * Goes to the next or previous mention (keyboard shortcut) and opens its card with focus in it: the mentions
   * the pointer would answer, that is those shown and marked by the settings.
   */
  step(direction: StepDirection): boolean {
    if (!this.running) return false;
    const mentions = this.store.inDocumentOrder().filter((m) => this.marks.has(m) && isShown(m.node));
    const current = this.card.shownMention;
    const spans = mentions.map(spanInTop);
    const index = stepIndex(spans, current ? mentions.indexOf(current) : -1, direction, this.deps.win.innerHeight);
    const mention = mentions[index];
    if (!mention) return false;
    const inView = (r: { top: number; bottom: number }) => r.top >= 0 && r.bottom <= this.deps.win.innerHeight;
    if (!inView(spanInTop(mention))) {
      mention.node.parentElement?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
      // A paragraph taller than the viewport can still leave the mention outside it.
      const r = spanInTop(mention);
      if (!inView(r)) this.deps.win.scrollBy({ top: r.top - this.deps.win.innerHeight / 3, behavior: 'instant' });
    }
    this.card.dispatch({ type: 'open', mention });
    return true;
  }

  // --- scanning -------------------------------------------------------------------------------------------

  private async report(): Promise<void> {
    const ids = this.running ? this.store.entityIds().sort() : [];
    const key = ids.join(',');
    if (key === this.reportedIds) return;
    this.reportedIds = key;
    // A page that mentions something gets the card's code (if not yet loading) and its entries ahead of the
    // first card.
    if (ids.length > 0) void this.card.prefetch();
    try {
      const found = await this.deps.reportFound(ids);
      this.entries.add(found);
      // Related entries too, so that a card's "Related" list is there when it opens.
      void this.entries.request(found.flatMap((e) => e.related));
    } catch {
      // The worker is restarting (cards fetch on demand when it is back), or the extension is gone.
      this.reportedIds = '';
      this.orphaned();
    }
  }

  /**
   * A frame the scan met: its document, if the page lets us in (same origin, not sandboxed) and it is new, is
   * styled, observed and listened to. Returns what to scan of it.
   */
  private watchFrame(frame: Element): Node | null {
    const doc = this.running ? this.frames.add(frame) : null;
    if (!doc) return null;
    this.marker.styleFrame(doc);
    this.observer.observe(doc, { childList: true, subtree: true, characterData: true });
    this.input.listenTo(doc);
    return doc.body ?? doc.documentElement;
  }

  /** A frame loaded a document (its first, or another): scan the new one; the old one's marks go. */
  private onFrameLoad(frame: Element): void {
    if (!this.running || this.orphaned()) return;
    const inner = this.watchFrame(frame);
    if (!inner) return;
    this.pendingRoots.add(inner);
    this.pendingRoots.add(this.doc); // check for text that left the page
    this.scheduleFlush();
  }

  private watchShadowRoot(root: ShadowRoot): void {
    this.marker.styleShadowRoot(root);
    // Mutation observers do not see into shadow roots: each open one gets the same observer.
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Single-page apps change the page without loading a new one: close the card and recheck everything. */
  private readonly onNavigate = (): void => {
    if (this.card.active) this.card.dispatch({ type: 'escape' });
    this.pendingRoots.add(this.doc.body ?? this.doc.documentElement);
    this.scheduleFlush();
  };

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') {
        // A mark's range is static (mention-store.ts): drawn over changed text it could mark the wrong words
        // until the rescan, which a busy page may put off. Unmarked now, the text is matched again then.
        this.scanner.unmark(r.target as Text);
        this.pendingRoots.add(r.target);
      } else r.addedNodes.forEach((n) => this.pendingRoots.add(n));
      if (r.removedNodes.length > 0) this.pendingRoots.add(this.doc); // marker for "check detached nodes"
    }
    this.scheduleFlush();
  }

  /** Batched per frame, and paced when the page keeps changing (see FlushPacer). */
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    const delay = this.pacer.delay();
    const onFrame = () => this.deps.win.requestAnimationFrame(() => void this.flush());
    if (delay === 0) onFrame();
    else setTimeout(onFrame, delay);
  }

  private async flush(): Promise<void> {
    this.flushScheduled = false;
    if (!this.running || this.orphaned()) return;
    this.pacer.flushed();
    const roots = [...this.pendingRoots];
    this.pendingRoots.clear();
    if (roots.includes(this.doc)) for (const n of this.store.detachedNodes()) this.scanner.unmark(n);
    await this.scanner.scan(roots.filter((n) => n !== this.doc));
    if (this.running && this.marks.selective) this.syncMarks();
    await this.marker.flush?.();
    const shown = this.card.shownMention?.node;
    if (shown && !isInPage(shown)) this.card.dispatch({ type: 'escape' });
    this.deps.metrics?.flushDone?.();
    await this.report();
  }

  // --- the page's own events -------------------------------------------------------------------------

  /** Entering or leaving fullscreen moves what is visible and interactive; an open card closes. */
  private readonly onFullscreenChange = (): void => {
    if (this.card.active) this.card.dispatch({ type: 'click-outside' });
  };
}

/** A mention's box in the top viewport (a mention inside a frame is offset by where the frame is). */
function spanInTop(m: PageMention): { top: number; bottom: number } {
  const r = liveRangeOf(m).getBoundingClientRect();
  const { y } = offsetInTop(m.node.ownerDocument);
  return { top: r.top + y, bottom: r.bottom + y };
}
