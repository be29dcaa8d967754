// Background service worker: answers entry requests, keeps the per-tab badge and relays keyboard shortcuts to
// the page. Holds no state that matters across restarts: everything it serves comes from the bundled knowledge base.
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import packedLexicon from 'virtual:lexicon';
import lexiconId from 'virtual:lexicon-id';
import { indexById, loadKnowledgeBase } from '../kb';
import { LEXICON_KEY, type StoredLexicon } from '../lexicon-store';
import { upgradeStoredSettings } from '../settings';
import { handleCommand } from './commands';
import { handleWorkerMessage } from './handlers';

const entries = indexById(loadKnowledgeBase());
const storedLexicon: StoredLexicon = { id: lexiconId.id, packed: packedLexicon };
const storeLexicon = () => browser.storage.local.set({ [LEXICON_KEY]: storedLexicon });

void browser.action.setBadgeBackgroundColor({ color: '#1f4e99' });

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleWorkerMessage(message, sender, {
    extensionId: browser.runtime.id,
    entries,
    lexicon: packedLexicon,
    storeLexicon,
    setBadge: (tabId, text) => browser.action.setBadgeText({ tabId, text }),
  }),
);

// An older or partly corrupt settings record is rewritten in the current format once per install or update,
// and the lexicon of this build is stored for the content scripts.
browser.runtime.onInstalled.addListener(() => {
  void upgradeStoredSettings({ sync: browser.storage.sync, local: browser.storage.local }).catch(() => undefined);
  void storeLexicon().catch(() => undefined);
});

browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
  void handleCommand(command, tab, {
    activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
  });
});
