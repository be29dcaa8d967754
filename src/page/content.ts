// Content script entry: reads the settings and the lexicon, runs the page controller where the site is on,
// follows the site switch and the other settings live, and answers the popup.
import lexiconId from 'virtual:lexicon-id';
import type { Entry } from '../kb/schema';
import { LEXICON_KEY, loadLexicon } from '../lexicon-store';
import type { PackedLexicon } from '../match/lexicon';
import { compileMatcher } from '../match/matcher';
import { unwrap, type WorkerRequest } from '../messages';
import { isSiteEnabled, loadSettings, SETTINGS_KEY, type Settings } from '../settings';
import { CARD_MODULE_FILE } from './card-module-file';
import { handleContentMessage } from './content-messages';
import { PageController } from './controller';
import { extensionApi as browser } from './extension-api';
import { LazyCardView, type CardViewFactory } from './lazy-card-view';

async function askWorker<T = Entry[]>(request: WorkerRequest): Promise<T> {
  return unwrap<T>(await browser.runtime.sendMessage(request));
}

/** False once the extension was reloaded, updated or removed: its old content scripts lose their runtime. */
function extensionIsAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** The card's code, from the extension's own files (the module is web-accessible only by its dynamic URL). */
async function loadCardModule(): Promise<CardViewFactory> {
  const url = browser.runtime.getURL(CARD_MODULE_FILE);
  const { createCardView } = (await import(/* @vite-ignore */ url)) as typeof import('./card-module');
  return (events) => createCardView(document, events);
}

async function main(): Promise<void> {
  const storage = { sync: browser.storage.sync, local: browser.storage.local };
  const site = location.hostname;
  const [lexicon, loaded] = await Promise.all([
    loadLexicon(lexiconId.id, {
      readStored: async () => (await storage.local.get(LEXICON_KEY))[LEXICON_KEY],
      askWorker: () => askWorker<PackedLexicon>({ type: 'lexicon/get' }),
    }),
    loadSettings(storage),
  ]);
  let settings: Settings = loaded.settings;
  const { entities, types } = lexicon;
  const kinds = new Map(entities.map((id, i) => [id, types?.[i]]));
  const controller = new PageController({
    win: window,
    matcher: compileMatcher(lexicon),
    createCardView: (events) => new LazyCardView(loadCardModule, events),
    reportFound: (ids) => askWorker({ type: 'mentions/found', ids }),
    getEntries: (ids) => askWorker({ type: 'entries/get', ids }),
    isAlive: extensionIsAlive,
    kindOf: (id) => kinds.get(id),
  });
  const apply = () => {
    controller.applySettings(settings);
    if (isSiteEnabled(settings, site)) void controller.start();
    else controller.stop();
  };

  browser.storage.onChanged.addListener((changes) => {
    if (!(SETTINGS_KEY in changes)) return;
    void loadSettings(storage).then((loaded) => {
      settings = loaded.settings;
      apply();
    });
  });

  // Answered at once through sendResponse: Chromium before 144 (the manifest allows 132) ignores a returned promise.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    sendResponse(
      handleContentMessage(message, sender, {
        extensionId: browser.runtime.id,
        site,
        siteEnabled: () => isSiteEnabled(settings, site),
        summary: () => controller.summary(),
        revealMention: (id, index) => controller.revealMention(id, index),
        step: (direction) => controller.step(direction),
      }),
    );
  });

  apply();
}

void main();
