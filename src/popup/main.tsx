import { render } from 'preact';
import browser from 'webextension-polyfill';
import { createTranslator, resolveLocale } from '../i18n/translate';
import { loadSettings } from '../settings';
import { Popup } from './Popup';
import { createPopupApi } from './popup-api';
import '../ui/card.css';
import './popup.css';

async function main(): Promise<void> {
  const { settings } = await loadSettings({ sync: browser.storage.sync, local: browser.storage.local });
  const t = createTranslator(resolveLocale(settings.language, browser.i18n.getUILanguage()));
  document.documentElement.lang = t.locale;
  document.title = t.t('extName');
  render(<Popup api={createPopupApi(browser)} t={t} />, document.getElementById('app')!);
}

void main();
