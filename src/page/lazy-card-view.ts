// The card host as the card session sees it, while the card's code is still being loaded (card-module.ts):
// the last card asked for waits and is shown once the code is there; a card hidden (or the host destroyed)
// before then never shows. Like the card host, it works again after `destroy` (the site switched back on).
import type { CardContent, CardHostEvents } from './card-host';
import type { CardView } from './card-session';

export type CardViewFactory = (events: CardHostEvents) => CardView;

interface PendingShow {
  anchor: Range;
  content: CardContent;
  focus: boolean;
}

export class LazyCardView implements CardView {
  private view: CardView | null = null;
  private loading: Promise<void> | null = null;
  private pending: PendingShow | null = null;

  constructor(
    private readonly load: () => Promise<CardViewFactory>,
    private readonly events: CardHostEvents,
    private readonly onError: (error: unknown) => void = (error) => console.error('Context Cards: the card could not be loaded.', error),
  ) {}

  /** Starts loading the card's code (a page with mentions asks ahead, so that the first card opens at once). */
  prefetch(): Promise<void> {
    if (this.view) return Promise.resolve();
    this.loading ??= this.load().then(
      (create) => {
        this.view = create(this.events);
        const pending = this.pending;
        this.pending = null;
        if (pending) this.view.show(pending.anchor, pending.content, pending.focus);
      },
      (error: unknown) => {
        // Forget the failure, so that the next card tries again.
        this.loading = null;
        this.pending = null;
        this.onError(error);
      },
    );
    return this.loading;
  }

  /** Readying is an optimisation: before the code is there, there is nothing to ready with. */
  prepare(anchor: Range, content: CardContent): void {
    this.view?.prepare(anchor, content);
  }

  dropPrepared(): void {
    this.view?.dropPrepared();
  }

  show(anchor: Range, content: CardContent, focus: boolean): void {
    if (this.view) return this.view.show(anchor, content, focus);
    this.pending = { anchor, content, focus };
    void this.prefetch();
  }

  update(content: CardContent): void {
    if (this.view) return this.view.update(content);
    if (this.pending?.content.key === content.key) this.pending.content = content;
  }

  refresh(): void {
    this.view?.refresh();
  }

  hide(restoreFocus: boolean): void {
    if (this.view) return this.view.hide(restoreFocus);
    this.pending = null;
  }

  destroy(): void {
    this.pending = null;
    this.view?.destroy();
  }

  contains(target: EventTarget | null): boolean {
    return this.view?.contains(target) ?? false;
  }
}
