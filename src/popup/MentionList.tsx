// The page's entities, grouped by kind, each with its mention count and a one-line gist. Choosing one shows
// its first mention on the page with its card; choosing it again, or the arrow keys, step through the rest.
import { useState } from 'preact/hooks';
import { gistOf } from '../kb/briefing';
import type { Entry } from '../kb/schema';
import { KIND_GROUP_KEYS, KIND_ORDER } from '../i18n/kinds';
import type { Translator } from '../i18n/translate';
import type { EntityCount, RevealedMention } from '../messages';
import type { PopupApi } from './popup-api';

export interface MentionListProps {
  mentions: EntityCount[];
  entries: ReadonlyMap<string, Entry>;
  api: Pick<PopupApi, 'reveal'>;
  t: Translator;
}

/** The page's mentions grouped by kind, in kind order; within a kind, in order of first mention. */
export function groupByKind(mentions: readonly EntityCount[], entries: ReadonlyMap<string, Entry>) {
  return KIND_ORDER.map((kind) => ({
    kind,
    items: mentions.filter((m) => entries.get(m.id)?.type === kind),
  })).filter((g) => g.items.length > 0);
}

export function MentionList({ mentions, entries, api, t }: MentionListProps) {
  const [shown, setShown] = useState<ReadonlyMap<string, RevealedMention>>(new Map());

  async function step(id: string, delta: -1 | 0 | 1): Promise<void> {
    const current = shown.get(id);
    // The first choice shows the first mention (the last one for "previous"); later ones step from there.
    const index = current === undefined ? (delta < 0 ? -1 : 0) : current.index + delta;
    const revealed = await api.reveal(id, index).catch(() => null);
    if (revealed) setShown((before) => new Map(before).set(id, revealed));
  }

  function onKeyDown(id: string, e: KeyboardEvent): void {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    void step(id, e.key === 'ArrowRight' ? 1 : -1);
  }

  return (
    <section class="on-page" aria-labelledby="on-page-title">
      <h2 id="on-page-title">{t.t('popupOnThisPage')}</h2>
      <p class="hint">{t.t('popupStepHint')}</p>
      {groupByKind(mentions, entries).map(({ kind, items }) => (
        <section key={kind} class="kind-group" aria-labelledby={`kind-${kind}`}>
          <h3 id={`kind-${kind}`}>{t.t(KIND_GROUP_KEYS[kind])}</h3>
          <ul class="mentions">
            {items.map(({ id, count }) => {
              const entry = entries.get(id)!;
              const position = shown.get(id);
              return (
                <li key={id} class="mention-row">
                  <button
                    type="button"
                    class="mention"
                    aria-describedby={`gist-${id}`}
                    onClick={() => void step(id, shown.has(id) ? 1 : 0)}
                    onKeyDown={(e) => onKeyDown(id, e)}
                  >
                    <span class="mention-name">{entry.name}</span>
                    <span class="mention-count" aria-hidden="true">
                      {count}
                    </span>
                    <span class="visually-hidden">{t.plural('mentionCount', count)}</span>
                    <span class="mention-gist" id={`gist-${id}`} aria-hidden="true">
                      {gistOf(entry)}
                    </span>
                  </button>
                  {count > 1 && (
                    <div class="stepper">
                      <button type="button" class="step" aria-label={t.t('popupPreviousMention', entry.name)} onClick={() => void step(id, -1)}>
                        ‹
                      </button>
                      <span class="position" aria-live="polite">
                        {position ? t.t('popupPosition', position.index + 1, position.count) : ''}
                      </span>
                      <button type="button" class="step" aria-label={t.t('popupNextMention', entry.name)} onClick={() => void step(id, 1)}>
                        ›
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
