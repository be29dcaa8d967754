// The toolbar popup: what the current page mentions, and the switch for this site.
import { useEffect, useState } from 'preact/hooks';
import type { Entry } from '../kb/schema';
import type { PageSummaryReply } from '../messages';
import { TYPE_LABELS } from '../ui/format';
import type { PopupApi } from './popup-api';

type View =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; page: PageSummaryReply; entries: Map<string, Entry> };

export function Popup({ api }: { api: PopupApi }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);

  async function refresh(): Promise<void> {
    let page: PageSummaryReply;
    try {
      page = await api.pageSummary();
    } catch {
      setView({ kind: 'unavailable' });
      return;
    }
    const entries = new Map((await api.entries(page.mentions.map((m) => m.id))).map((e) => [e.id, e]));
    setView({ kind: 'ready', page, entries });
  }

  useEffect(() => void refresh(), []);

  if (view.kind === 'loading') return <p class="status">Reading the page…</p>;
  if (view.kind === 'unavailable') {
    return (
      <p class="status">
        Context Cards cannot read this page. Browser pages, the extension store and some file types are closed to
        extensions.
      </p>
    );
  }

  const { page, entries } = view;
  async function toggle(): Promise<void> {
    setBusy(true);
    await api.setSiteEnabled(page.site, !page.enabled);
    // The page applies the change through storage; give it a moment, then read it back.
    await new Promise((r) => setTimeout(r, 150));
    await refresh();
    setBusy(false);
  }

  return (
    <>
      <header class="site">
        <label class="switch">
          <input type="checkbox" checked={page.enabled} disabled={busy} onChange={() => void toggle()} />
          <span>
            On <strong>{page.site || 'this page'}</strong>
          </span>
        </label>
      </header>
      {!page.enabled ? (
        <p class="status">Context Cards is off for this site.</p>
      ) : page.mentions.length === 0 ? (
        <p class="status">No mentions of the entities Context Cards knows on this page.</p>
      ) : (
        <section aria-labelledby="found-title">
          <h1 id="found-title">
            {page.mentions.length} {page.mentions.length === 1 ? 'entity' : 'entities'} on this page
          </h1>
          <ul class="mentions">
            {page.mentions.map(({ id, count }) => {
              const entry = entries.get(id);
              return (
                <li key={id}>
                  <button type="button" class="mention" onClick={() => void api.reveal(id)}>
                    <span class="mention-name">{entry?.name ?? id}</span>
                    <span class="mention-type">{entry ? TYPE_LABELS[entry.type] : ''}</span>
                    <span class="mention-count" aria-label={`${count} ${count === 1 ? 'mention' : 'mentions'}`}>
                      {count}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}
