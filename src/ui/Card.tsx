// The card: an entry's name, kind, summary, key facts with dates, the as-of date and the sources.
// Receives data through props only; text is rendered as text, links only for https URLs.
import type { Entry } from '../kb/schema';
import { formatDate, safeHttpsUrl, TYPE_LABELS } from './format';

/** A card shows the facts a reader needs at a glance; the rest is one click away in the sources. */
export const MAX_FACTS = 5;

export interface CardProps {
  entry: Entry | null;
  /** Shown instead of the entry when it could not be loaded. */
  error?: string;
  onClose(): void;
}

export function Card({ entry, error, onClose }: CardProps) {
  const titleId = 'cc-card-title';
  return (
    <div class="card" role="dialog" aria-labelledby={titleId} aria-describedby="cc-card-summary" tabIndex={-1}>
      <header class="card-header">
        <div>
          <h2 id={titleId} class="card-title">{entry?.name ?? (error ? 'Not available' : 'Loading…')}</h2>
          {entry && <p class="card-type">{TYPE_LABELS[entry.type]}</p>}
        </div>
        <button type="button" class="card-close" aria-label="Close card" onClick={onClose}>
          ×
        </button>
      </header>
      {error && <p class="card-error">{error}</p>}
      {entry && <EntryBody entry={entry} />}
    </div>
  );
}

function EntryBody({ entry }: { entry: Entry }) {
  return (
    <>
      <p id="cc-card-summary" class="card-summary">{entry.summary}</p>
      <dl class="card-facts">
        {/* The date is shown unless the value already says when (its year appears in it). */}
        {entry.facts.slice(0, MAX_FACTS).map((fact) => (
          <div class="card-fact" key={fact.label + fact.value}>
            <dt>{fact.label}</dt>
            <dd>
              {fact.value}
              {fact.date && !fact.value.includes(fact.date.slice(0, 4)) && (
                <>
                  {' '}
                  <time dateTime={fact.date}>({formatDate(fact.date)})</time>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <footer class="card-footer">
        <p class="card-asof">
          As of <time dateTime={entry.asOf}>{formatDate(entry.asOf)}</time>
        </p>
        <h3 class="card-sources-title">Sources</h3>
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
                <span class="card-publisher">({s.publisher})</span>
              </li>
            );
          })}
        </ul>
      </footer>
    </>
  );
}
