// What the settings page needs from the browser, behind one small interface the component receives as a prop.
import type { Browser } from 'webextension-polyfill';
import { loadSettings, SETTINGS_KEY, updateSettings, type ParsedSettings, type Settings } from '../settings';

export interface OptionsApi {
  load(): Promise<ParsedSettings>;
  /** Applies one change to the stored settings (read afresh) and saves; resolves to the new settings. */
  update(change: (settings: Settings) => Settings): Promise<Settings>;
  /** Calls back when the settings change elsewhere (the popup's site switch); returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  browserLanguage: string;
}

export function createOptionsApi(browser: Browser): OptionsApi {
  const storage = { sync: browser.storage.sync, local: browser.storage.local };
  return {
    load: () => loadSettings(storage),
    update: (change) => updateSettings(storage, change),
    onChange(listener) {
      const onChanged = (changes: Record<string, unknown>) => {
        if (SETTINGS_KEY in changes) listener();
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
    browserLanguage: browser.i18n.getUILanguage(),
  };
}
