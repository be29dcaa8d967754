// Paces rescans of a page that keeps changing. A page that mutates now and then is rescanned on the next
// frame; one that mutates every frame for seconds (tickers, live blogs, animations written as DOM updates) is
// rescanned less and less often, so the extension never competes with it frame after frame.

/** Flushes counted within this window... */
export const WINDOW_MS = 2000;
/** ...before pacing starts: 20 is a third of a second of changes on every frame. */
export const BURST = 20;
/** The longest wait between rescans; text that changes that often is rarely read as it changes. */
export const MAX_DELAY_MS = 2000;

export class FlushPacer {
  private recent: number[] = [];

  constructor(private readonly now: () => number) {}

  /** How long to wait before the next rescan: 0 means the next frame. */
  delay(): number {
    const since = this.now() - WINDOW_MS;
    this.recent = this.recent.filter((t) => t > since);
    const excess = this.recent.length - BURST;
    return excess < 0 ? 0 : Math.min(MAX_DELAY_MS, 100 * 2 ** excess);
  }

  flushed(): void {
    this.recent.push(this.now());
  }
}
