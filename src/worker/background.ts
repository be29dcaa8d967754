// Background service worker: answers entry requests and keeps the per-tab badge. Holds no state that matters
// across restarts: everything it serves comes from the bundled knowledge base.
import browser, { type Runtime } from 'webextension-polyfill';
import { indexById, loadKnowledgeBase } from '../kb';
import { upgradeStoredSettings } from '../settings';
import { handleWorkerMessage } from './handlers';

const entries = indexById(loadKnowledgeBase());

void browser.action.setBadgeBackgroundColor({ color: '#1f4e99' });

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleWorkerMessage(message, sender, {
    extensionId: browser.runtime.id,
    entries,
    setBadge: (tabId, text) => browser.action.setBadgeText({ tabId, text }),
  }),
);

// An older or partly corrupt settings record is rewritten in the current format once per install or update.
browser.runtime.onInstalled.addListener(() => {
  void upgradeStoredSettings({ sync: browser.storage.sync, local: browser.storage.local }).catch(() => undefined);
});
