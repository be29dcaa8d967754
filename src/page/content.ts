// Content script entry: reads the settings, runs the page controller where the site is on, follows the
// site switch and the other settings live, and answers the popup.
import browser, { type Runtime } from 'webextension-polyfill';
import lexicon from 'virtual:lexicon';
import type { Entry } from '../kb/schema';
import type { Lexicon } from '../match/lexicon';
import { compileMatcher } from '../match/matcher';
import { unwrap, type WorkerRequest } from '../messages';
import { isSiteEnabled, loadSettings, SETTINGS_KEY, type Settings } from '../settings';
import cardStyles from '../ui/card.css?inline';
import { handleContentMessage } from './content-messages';
import { PageController } from './controller';

async function askWorker(request: WorkerRequest): Promise<Entry[]> {
  return unwrap<Entry[]>(await browser.runtime.sendMessage(request));
}

/** False once the extension was reloaded, updated or removed: its old content scripts lose their runtime. */
function extensionIsAlive(): boolean {
  try {
    return Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id);
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const storage = { sync: browser.storage.sync, local: browser.storage.local };
  const site = location.hostname;
  const { entities, types }: Lexicon = lexicon;
  const kinds = new Map(entities.map((id, i) => [id, types?.[i]]));
  const controller = new PageController({
    win: window,
    matcher: compileMatcher(lexicon),
    cardStyles,
    reportFound: (ids) => askWorker({ type: 'mentions/found', ids }),
    getEntries: (ids) => askWorker({ type: 'entries/get', ids }),
    isAlive: extensionIsAlive,
    kindOf: (id) => kinds.get(id),
  });
  let settings: Settings = (await loadSettings(storage)).settings;
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

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    Promise.resolve(
      handleContentMessage(message, sender, {
        extensionId: browser.runtime.id,
        site,
        siteEnabled: () => isSiteEnabled(settings, site),
        summary: () => controller.summary(),
        revealMention: (id, index) => controller.revealMention(id, index),
        step: (direction) => controller.step(direction),
      }),
    ),
  );

  apply();
}

void main();
