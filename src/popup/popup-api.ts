// What the popup needs from the browser, behind one small interface the component receives as a prop.
import type { Browser } from 'webextension-polyfill';
import type { Briefing } from '../kb/briefing';
import type { Entry } from '../kb/schema';
import {
  unwrap, type ContentRequest, type EntityCount, type PageSummaryReply, type RevealedMention, type WorkerRequest,
} from '../messages';
import { updateSettings, withSiteEnabled } from '../settings';

export interface PopupApi {
  /** The active tab's mentions; rejects when no content script runs there (browser pages, the web store). */
  pageSummary(): Promise<PageSummaryReply>;
  entries(ids: string[]): Promise<Entry[]>;
  /** Shows the entity's mention number `index` (wrapping around); null when the page has none left. */
  reveal(id: string, index?: number): Promise<RevealedMention | null>;
  setSiteEnabled(site: string, enabled: boolean): Promise<void>;
  briefing(mentions: EntityCount[]): Promise<Briefing | null>;
  search(query: string): Promise<Entry[]>;
  openSettings(): Promise<void>;
}

export function createPopupApi(browser: Browser): PopupApi {
  const storage = { sync: browser.storage.sync, local: browser.storage.local };
  async function activeTabId(): Promise<number> {
    // Without the "tabs" permission the tab's url and title come back empty; its id is all we use.
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  }
  async function toPage<T>(request: ContentRequest): Promise<T> {
    return unwrap<T>(await browser.tabs.sendMessage(await activeTabId(), request));
  }
  async function toWorker<T>(request: WorkerRequest): Promise<T> {
    return unwrap<T>(await browser.runtime.sendMessage(request));
  }
  return {
    pageSummary: () => toPage<PageSummaryReply>({ type: 'page/summary' }),
    entries: (ids) => toWorker<Entry[]>({ type: 'entries/get', ids }),
    reveal: (id, index = 0) => toPage<RevealedMention | null>({ type: 'page/reveal', id, index }),
    setSiteEnabled: async (site, enabled) => {
      await updateSettings(storage, (settings) => withSiteEnabled(settings, site, enabled));
    },
    briefing: (mentions) => toWorker<Briefing | null>({ type: 'kb/briefing', mentions }),
    search: (query) => toWorker<Entry[]>({ type: 'kb/search', query }),
    openSettings: async () => {
      await browser.runtime.openOptionsPage();
      window.close();
    },
  };
}
