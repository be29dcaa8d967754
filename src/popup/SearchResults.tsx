// Search over the whole knowledge base (it works on any page, with or without mentions). A result opens its
// card inside the popup; an entity the page mentions can also be shown on the page.
import { useEffect, useRef, useState } from 'preact/hooks';
import { gistOf } from '../kb/briefing';
import type { Entry } from '../kb/schema';
import { KIND_KEYS } from '../i18n/kinds';
import type { Translator } from '../i18n/translate';
import { Card } from '../ui/Card';
import type { PopupApi } from './popup-api';

export interface SearchResultsProps {
  query: string;
  /** Entities the page mentions (empty where the page cannot be read). */
  onPage: ReadonlySet<string>;
  api: Pick<PopupApi, 'search' | 'reveal'>;
  t: Translator;
}

export function SearchResults({ query, onPage, api, t }: SearchResultsProps) {
  const [results, setResults] = useState<Entry[] | null>(null);
  const [open, setOpen] = useState<Entry | null>(null);
  const lastOpened = useRef<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Replies can arrive out of order while the reader types: only the newest query's answer counts.
    let current = true;
    setOpen(null);
    api.search(query).then(
      (found) => current && setResults(found),
      () => current && setResults([]),
    );
    return () => {
      current = false;
    };
  }, [query]);

  useEffect(() => {
    // Focus follows the reader: into the card when it opens, back to its result when it closes.
    const target = open ? '.card' : lastOpened.current ? `[data-result="${lastOpened.current}"]` : null;
    if (target) panel.current?.querySelector<HTMLElement>(target)?.focus();
  }, [open]);

  if (results === null) return null;
  if (open) {
    return (
      <div class="search-card" ref={panel}>
        <button type="button" class="link back" onClick={() => setOpen(null)}>
          ← {t.t('searchBack')}
        </button>
        <Card entry={open} onClose={() => setOpen(null)} />
        {onPage.has(open.id) && (
          <button type="button" class="show-on-page" onClick={() => void api.reveal(open.id).catch(() => null)}>
            {t.t('searchShowOnPage')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div class="search-results" ref={panel}>
      <p class="status" role="status">
        {results.length > 0 ? t.plural('searchResults', results.length) : t.t('searchNoResults', query.trim())}
      </p>
      <ul class="results">
        {results.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              class="result"
              data-result={entry.id}
              aria-describedby={`result-gist-${entry.id}`}
              onClick={() => {
                lastOpened.current = entry.id;
                setOpen(entry);
              }}
            >
              <span class="result-name">{entry.name}</span>
              <span class="kind">{t.t(KIND_KEYS[entry.type])}</span>
              <span class="result-gist" id={`result-gist-${entry.id}`} aria-hidden="true">
                {gistOf(entry)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
