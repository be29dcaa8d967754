// The card: an entry's name, kind, summary, key facts with dates, a timeline where the entry has one, related
// entries (opened in the same card, with a way back), the as-of date and the sources. A labelled dialog.
// Receives data and callbacks through props only; it never calls a browser API.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from '../kb/schema';
import { Facts, Related, Sources } from './CardSections';
import { TYPE_LABELS } from './format';
import { Timeline } from './Timeline';

export { MAX_FACTS } from './CardSections';

export type CardTheme = 'light' | 'dark';

export interface CardProps {
  /** Identifies the mention the card was opened for: a new one starts with no related entries opened. */
  cardKey?: string;
  /** The entry of the mention the card was opened for; null while it loads or when it failed. */
  entry: Entry | null;
  /** Shown instead of the entry when it could not be loaded. */
  error?: string;
  /** Without one, the card follows the system's light or dark setting. */
  theme?: CardTheme;
  /** Entries already loaded, by id, for the related entries; without it the card lists none. */
  lookup?(id: string): Entry | undefined;
  /** Asks for entries `lookup` does not know yet; the card is rendered again when they arrive. */
  requestEntries?(ids: string[]): void;
  onClose(): void;
}

const NOTHING_LOADED = () => undefined;
const ASK_NOTHING = () => {};

export function Card({ cardKey = '', entry, error, theme, lookup = NOTHING_LOADED, requestEntries = ASK_NOTHING, onClose }: CardProps) {
  // Related entries opened in this card, newest last, for the mention `cardKey`. Kept as state rather than
  // reset by remounting: the next card then reuses this one's elements, which is much cheaper to show.
  const [opened, setOpened] = useState<{ cardKey: string; trail: Entry[] }>({ cardKey, trail: [] });
  const trail = opened.cardKey === cardKey ? opened.trail : [];
  const titleRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const shown = trail.at(-1) ?? entry;
  const back = trail.length > 0 ? (trail.at(-2) ?? entry) : null;

  // After moving to another entry, focus its title so that keyboard and screen-reader users land on it.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    titleRef.current?.focus({ preventScroll: true });
  }, [shown]);
  const go = (next: Entry[]) => {
    moved.current = true;
    setOpened({ cardKey, trail: next });
  };

  return (
    <div
      class="card"
      data-theme={theme}
      lang="en"
      dir="ltr"
      role="dialog"
      aria-labelledby="cc-card-title"
      aria-describedby={shown ? 'cc-card-summary' : undefined}
      tabIndex={-1}
    >
      {back && (
        <button type="button" class="card-link-button card-back" onClick={() => go(trail.slice(0, -1))}>
          <span aria-hidden="true">← </span>Back to {back.name}
        </button>
      )}
      <header class="card-header">
        <div>
          <h2 id="cc-card-title" class="card-title" tabIndex={-1} ref={titleRef}>
            {shown?.name ?? (error ? 'Not available' : 'Loading…')}
          </h2>
          {shown && <p class="card-type">{TYPE_LABELS[shown.type]}</p>}
        </div>
        <button type="button" class="card-close" aria-label="Close card" onClick={onClose}>
          ×
        </button>
      </header>
      {error && !shown && <p class="card-error">{error}</p>}
      {shown && (
        <>
          <p id="cc-card-summary" class="card-summary">
            {shown.summary}
          </p>
          <Facts entry={shown} />
          {shown.timeline && shown.timeline.length > 0 && <Timeline key={shown.id} items={shown.timeline} />}
          <Related entry={shown} lookup={lookup} requestEntries={requestEntries} onOpen={(e) => go([...trail, e])} />
          <Sources entry={shown} />
        </>
      )}
    </div>
  );
}
