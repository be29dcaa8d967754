// The parts of a card's body: key facts, related entries and sources. Data arrives by props; text is
// rendered as text, and only https URLs become links.
import { useEffect } from 'preact/hooks';
import type { Entry } from '../kb/schema';
import { formatDate, safeHttpsUrl, TYPE_LABELS } from './format';

/** A card shows the facts a reader needs at a glance; the rest is one click away in the sources. */
export const MAX_FACTS = 5;

export function Facts({ entry }: { entry: Entry }) {
  return (
    <dl class="card-facts">
      {entry.facts.slice(0, MAX_FACTS).map((fact) => (
        <div class="card-fact" key={fact.label + fact.value}>
          <dt>{fact.label}</dt>
          <dd>
            {fact.value}
            {/* A fact that can change says when it was last seen true; otherwise its date is shown, unless the
                value already says when (its year appears in it). */}
            {fact.asOf ? (
              <>
                {' '}
                <span class="card-when">
                  (as of <time dateTime={fact.asOf}>{formatDate(fact.asOf)}</time>)
                </span>
              </>
            ) : (
              fact.date &&
              !fact.value.includes(fact.date.slice(0, 4)) && (
                <>
                  {' '}
                  <time class="card-when" dateTime={fact.date}>
                    ({formatDate(fact.date)})
                  </time>
                </>
              )
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export interface RelatedProps {
  entry: Entry;
  lookup(id: string): Entry | undefined;
  requestEntries(ids: string[]): void;
  onOpen(entry: Entry): void;
}

/** Related entries open in the same card. Those not loaded yet are asked for once and appear when they arrive. */
export function Related({ entry, lookup, requestEntries, onOpen }: RelatedProps) {
  const known = entry.related.flatMap((id) => lookup(id) ?? []);
  useEffect(() => {
    const missing = entry.related.filter((id) => !lookup(id));
    if (missing.length > 0) requestEntries(missing);
  }, [entry.id]); // asked once per entry shown, not on every render
  if (known.length === 0) return null;
  return (
    <section class="card-related" aria-labelledby="cc-card-related-title">
      <h3 id="cc-card-related-title" class="card-section-title">
        Related
      </h3>
      <ul class="card-related-list">
        {known.map((related) => (
          <li key={related.id}>
            <button type="button" class="card-link-button" onClick={() => onOpen(related)}>
              {related.name}
            </button>{' '}
            <span class="card-muted">{TYPE_LABELS[related.type]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Sources({ entry }: { entry: Entry }) {
  return (
    <footer class="card-footer">
      <p class="card-asof">
        As of <time dateTime={entry.asOf}>{formatDate(entry.asOf)}</time>
      </p>
      <h3 class="card-section-title">Sources</h3>
      <ul class="card-sources">
        {entry.sources.map((s) => {
          const href = safeHttpsUrl(s.url);
          return (
            <li key={s.id}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>
              ) : (
                s.title
              )}{' '}
              <span class="card-muted">({s.publisher})</span>
            </li>
          );
        })}
      </ul>
    </footer>
  );
}
