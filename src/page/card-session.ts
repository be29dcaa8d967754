// The card on one page: runs the card state machine (card-machine.ts) and carries out its effects (timers,
// showing and hiding the card host, tinting the mention whose card is open). The controller tells it what the
// pointer, the keyboard and the popup did to which mention; which mention that is, is the controller's concern.
import type { Entry } from '../kb/schema';
import { cardStep, type CardEffect, type CardEvent, type CardState } from './card-machine';
import type { CardHost, CardHostEvents } from './card-host';
import type { EntryCache } from './entry-cache';
import type { Marker } from './highlighter';
import { liveRangeOf, type PageMention } from './mention-store';

interface CardTarget {
  key: string;
  mention: PageMention;
}

/** What a card event names: a mention, or nothing (events about the card itself or the pointer leaving). */
type MentionEvent =
  | { type: 'enter-mention' | 'click-mention' | 'open'; mention: PageMention }
  | Exclude<CardEvent<CardTarget>, { target: CardTarget }>;

export interface CardSessionDeps {
  entries: EntryCache;
  marker: Pick<Marker, 'setActive'>;
  /** Asks for the page's entries again when a card opens before they arrived; resolves to them. */
  fetchPageEntries(): Promise<Entry[]>;
  /**
   * Makes the card host: in the extension one that loads the card's code on first use (lazy-card-view.ts);
   * tests pass one that records what it is asked to show.
   */
  createHost(events: CardHostEvents): CardView;
}

/**
 * After the pointer has rested this long on a mention, its card is readied out of sight (CardHost.prepare), so
 * that a click, or the hover delay running out, only has to reveal it. Long enough that sweeping the pointer
 * over marked words readies nothing; a reader's pointer rests longer than this before a click.
 */
export const PREPARE_AFTER_MS = 100;

/** What the session asks of the card host; `prefetch` readies it ahead of the first card. */
export type CardView = Pick<CardHost, 'prepare' | 'dropPrepared' | 'show' | 'update' | 'refresh' | 'hide' | 'destroy' | 'contains'> & {
  prefetch?(): Promise<void>;
};

export class CardSession {
  private state: CardState<CardTarget> = { kind: 'closed' };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private prepareTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly host: CardView;
  /** One key per mention, so that the state machine can tell "the same mention" from "another one". */
  private readonly keys = new WeakMap<PageMention, string>();
  private nextKey = 0;

  constructor(private readonly deps: CardSessionDeps) {
    const { entries } = deps;
    this.host = deps.createHost({
      onClose: () => this.dispatch({ type: 'escape' }),
      onPointerEnter: () => this.dispatch({ type: 'enter-card' }),
      onPointerLeave: () => this.dispatch({ type: 'leave-card' }),
      onEngage: () => this.dispatch({ type: 'engage-card' }),
      lookup: (id) => entries.get(id),
      requestEntries: (ids) => void entries.request(ids).then((arrived) => arrived && this.host.refresh()),
    });
  }

  /** Whether any card is open, opening or closing. */
  get active(): boolean {
    return this.state.kind !== 'closed';
  }

  /** Whether a card is waiting for hover intent (Escape then cancels it, and is left to the page). */
  get pending(): boolean {
    return this.state.kind === 'hovering';
  }

  /** The mention whose card is shown, if any. */
  get shownMention(): PageMention | null {
    const s = this.state;
    return s.kind === 'open' || s.kind === 'closing' ? s.target.mention : null;
  }

  /** Readies the card host (loads the card's code) so that the first card opens without waiting. */
  prefetch(): Promise<void> {
    return this.host.prefetch?.() ?? Promise.resolve();
  }

  /** True when the event happened inside the card. */
  contains(target: EventTarget | null): boolean {
    return this.host.contains(target);
  }

  dispatch(event: MentionEvent): void {
    const before = this.state;
    const step = cardStep(this.state, 'mention' in event ? { type: event.type, target: this.targetFor(event.mention) } : event);
    this.state = step.state;
    for (const effect of step.effects) this.apply(effect);
    this.followHover(before);
  }

  /** Closes the card at once and for good (the site was switched off, or the extension is gone). */
  destroy(): void {
    this.clearTimer();
    clearTimeout(this.prepareTimer);
    this.state = { kind: 'closed' };
    this.host.destroy();
  }

  /**
   * A new hover readies its card once the pointer has rested; a hover that ends without the card opening
   * (the pointer left, Escape, another mention) drops the readied card.
   */
  private followHover(before: CardState<CardTarget>): void {
    const after = this.state;
    const hovered = after.kind === 'hovering' ? after.target : null;
    if (before.kind === 'hovering' && before.target.key === hovered?.key) return;
    clearTimeout(this.prepareTimer);
    // Open or closing, the card is in view: `show` took the readied card, if it was this one.
    if (after.kind === 'closed' || hovered) this.host.dropPrepared();
    if (hovered) this.prepareTimer = setTimeout(() => this.prepare(hovered), PREPARE_AFTER_MS);
  }

  private prepare({ key, mention }: CardTarget): void {
    const entry = this.deps.entries.get(mention.entity);
    // Without its entry (still on its way) there is no card to ready yet.
    if (!entry || this.state.kind !== 'hovering') return;
    this.host.prepare(liveRangeOf(mention), { key, entry });
  }

  private targetFor(mention: PageMention): CardTarget {
    let key = this.keys.get(mention);
    if (key === undefined) {
      key = String(this.nextKey++);
      this.keys.set(mention, key);
    }
    return { key, mention };
  }

  private apply(effect: CardEffect<CardTarget>): void {
    switch (effect.type) {
      case 'cancel-timer':
        this.clearTimer();
        break;
      case 'start-timer':
        this.clearTimer();
        this.timer = setTimeout(() => this.dispatch({ type: effect.timer === 'hover' ? 'hover-timer' : 'grace-timer' }), effect.ms);
        break;
      case 'show':
        this.show(effect.target, effect.focus);
        break;
      case 'hide':
        this.deps.marker.setActive(null);
        this.host.hide(effect.restoreFocus);
        break;
    }
  }

  private clearTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private show({ key, mention }: CardTarget, focus: boolean): void {
    const { entries, marker } = this.deps;
    marker.setActive(mention.range);
    const entry = entries.get(mention.entity);
    this.host.show(liveRangeOf(mention), { key, entry: entry ?? null }, focus);
    if (entry) return;
    // Not prefetched yet (the scan report is still on its way): ask now and fill the card in.
    this.deps.fetchPageEntries().then(
      (found) => {
        entries.add(found);
        const arrived = entries.get(mention.entity);
        this.host.update(arrived ? { key, entry: arrived } : { key, entry: null, error: 'This entry is not in the knowledge base.' });
      },
      () => this.host.update({ key, entry: null, error: 'The extension is restarting. Try again in a moment.' }),
    );
  }
}
