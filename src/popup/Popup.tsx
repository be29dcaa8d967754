// The toolbar popup: the switch for this site, a search over the knowledge base, a briefing on what the page is
// about, and the entities the page mentions. On a page the extension cannot read it says so, and search works.
import { useEffect, useState } from 'preact/hooks';
import type { Briefing } from '../kb/briefing';
import type { Entry } from '../kb/schema';
import type { Translator } from '../i18n/translate';
import type { PageSummaryReply } from '../messages';
import { BriefingView } from './BriefingView';
import { MentionList } from './MentionList';
import type { PopupApi } from './popup-api';
import { SearchResults } from './SearchResults';

type View =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; page: PageSummaryReply; entries: Map<string, Entry>; briefing: Briefing | null };

/** How long the page gets to apply the site switch (through storage) before the popup reads it back. */
const SWITCH_SETTLE_MS = 150;

export function Popup({ api, t }: { api: PopupApi; t: Translator }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [query, setQuery] = useState('');

  async function refresh(): Promise<void> {
    let page: PageSummaryReply;
    try {
      page = await api.pageSummary();
    } catch {
      setView({ kind: 'unavailable' });
      return;
    }
    const [entries, briefing] = await Promise.all([
      api.entries(page.mentions.map((m) => m.id)),
      // The briefing is a bonus: without the worker the list still shows.
      page.mentions.length > 0 ? api.briefing(page.mentions).catch(() => null) : null,
    ]);
    setView({ kind: 'ready', page, entries: new Map(entries.map((e) => [e.id, e])), briefing });
  }

  useEffect(() => void refresh(), []);

  async function toggle(page: PageSummaryReply): Promise<void> {
    setBusy(true);
    await api.setSiteEnabled(page.site, !page.enabled);
    await new Promise((r) => setTimeout(r, SWITCH_SETTLE_MS));
    await refresh();
    setBusy(false);
  }

  const onPage = new Set(view.kind === 'ready' ? view.page.mentions.map((m) => m.id) : []);
  return (
    <>
      <h1 class="visually-hidden">{t.t('extName')}</h1>
      <header class="bar">
        {view.kind === 'ready' && (
          <label class="switch">
            <input type="checkbox" checked={view.page.enabled} disabled={busy} onChange={() => void toggle(view.page)} />
            <span>{t.t('popupSiteSwitch', view.page.site || t.t('popupThisPage'))}</span>
          </label>
        )}
        <button type="button" class="link settings" onClick={() => void api.openSettings()}>
          {t.t('popupSettings')}
        </button>
      </header>
      <div class="search">
        <label for="kb-search">{t.t('searchLabel')}</label>
        <input
          id="kb-search"
          type="search"
          autocomplete="off"
          spellcheck={false}
          placeholder={t.t('searchPlaceholder')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
      </div>
      {query.trim() !== '' ? (
        <SearchResults query={query} onPage={onPage} api={api} t={t} />
      ) : view.kind === 'loading' ? (
        <p class="status">{t.t('popupLoading')}</p>
      ) : view.kind === 'unavailable' ? (
        <p class="status unavailable">{t.t('popupUnavailable')}</p>
      ) : !view.page.enabled ? (
        <p class="status">{t.t('popupSiteOff')}</p>
      ) : view.page.mentions.length === 0 ? (
        <p class="status">{t.t('popupNoMentions')}</p>
      ) : (
        <>
          {view.briefing && <BriefingView briefing={view.briefing} t={t} />}
          <MentionList mentions={view.page.mentions} entries={view.entries} api={api} t={t} />
        </>
      )}
    </>
  );
}
