// Content script entry: reads the settings, runs the page controller where the site is on, follows the
// site switch and the other settings live, and answers the popup.
import browser, { type Runtime } from 'webextension-polyfill';
import lexicon from 'virtual:lexicon';
import type { Entry } from '../kb/schema';
import type { Lexicon } from '../match/lexicon';
import { compileMatcher } from '../match/matcher';
import { ContentRequestSchema, fail, ok, parseMessage, unwrap, type Reply, type WorkerRequest } from '../messages';
import { isSiteEnabled, loadSettings, SETTINGS_KEY, type Settings } from '../settings';
import cardStyles from '../ui/card.css?inline';
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

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (sender.id !== browser.runtime.id) return Promise.resolve(fail('message from another extension'));
    const parsed = parseMessage(ContentRequestSchema, message);
    if (!parsed.ok) return Promise.resolve(fail(parsed.error));
    const request = parsed.value;
    switch (request.type) {
      case 'page/summary':
        return Promise.resolve(ok({ site, enabled: isSiteEnabled(settings, site), mentions: controller.summary() }));
      case 'page/reveal':
        return Promise.resolve(ok(controller.revealMention(request.id, request.index ?? 0)));
      case 'page/step-mention':
        // Sent by the worker on a keyboard shortcut; a message from a tab is not one of those.
        if (sender.tab !== undefined) return Promise.resolve(fail('page/step-mention comes from the extension, not a tab'));
        return Promise.resolve(ok(controller.step(request.direction)));
    }
  });

  apply();
}

void main();
