// The settings page: a few settings, each a real choice. Every change is saved at once (only values that
// differ from the defaults are stored) and open tabs follow it through storage.onChanged.
import { useEffect, useState } from 'preact/hooks';
import { KIND_GROUP_KEYS, KIND_ORDER } from '../i18n/kinds';
import { createTranslator, resolveLocale, type MessageKey, type Translator } from '../i18n/translate';
import {
  CARD_TRIGGERS, MARK_SCOPES, MARK_STYLES, UI_LANGUAGES, withSiteEnabled, type ParsedSettings, type Settings,
} from '../settings';
import type { OptionsApi } from './options-api';

const TRIGGER_KEYS: Record<Settings['cardTrigger'], MessageKey> = { 'hover-and-click': 'optionsTriggerHover', click: 'optionsTriggerClick' };
const STYLE_KEYS: Record<Settings['markStyle'], MessageKey> = {
  underline: 'optionsStyleUnderline',
  background: 'optionsStyleBackground',
  none: 'optionsStyleNone',
};
const SCOPE_KEYS: Record<Settings['markScope'], MessageKey> = { all: 'optionsScopeAll', first: 'optionsScopeFirst' };
const LANGUAGE_KEYS: Record<Settings['language'], MessageKey> = {
  browser: 'optionsLanguageBrowser',
  en: 'optionsLanguageEn',
  uk: 'optionsLanguageUk',
};

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; error: string };

export function Options({ api }: { api: OptionsApi }) {
  const [loaded, setLoaded] = useState<ParsedSettings | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  useEffect(() => {
    const reload = () => void api.load().then(setLoaded);
    reload();
    return api.onChange(reload);
  }, []);

  const t = createTranslator(resolveLocale(loaded?.settings.language ?? 'browser', api.browserLanguage));
  useEffect(() => {
    document.documentElement.lang = t.locale;
    document.title = t.t('optionsTitle');
  }, [t.locale]);

  if (!loaded) return <p class="status">{t.t('optionsLoading')}</p>;
  const { settings, problems } = loaded;

  async function change(edit: (s: Settings) => Settings): Promise<void> {
    try {
      const next = await api.update(edit);
      setLoaded((before) => ({ settings: next, problems: before?.problems ?? [], storedVersion: before?.storedVersion ?? null }));
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <main>
      <h1>{t.t('optionsTitle')}</h1>
      <p>{t.t('optionsIntro')}</p>
      {problems.length > 0 && (
        <div class="notice" role="alert">
          <p>{t.t('optionsProblems')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}

      <Choice
        name="cardTrigger"
        legend={t.t('optionsTrigger')}
        values={CARD_TRIGGERS}
        labels={TRIGGER_KEYS}
        current={settings.cardTrigger}
        onChange={(cardTrigger) => void change((s) => ({ ...s, cardTrigger }))}
        t={t}
      />
      <Choice
        name="markStyle"
        legend={t.t('optionsStyle')}
        values={MARK_STYLES}
        labels={STYLE_KEYS}
        current={settings.markStyle}
        onChange={(markStyle) => void change((s) => ({ ...s, markStyle }))}
        t={t}
        sample
        hint={settings.markStyle === 'none' ? t.t('optionsStyleNoneHint') : undefined}
      />
      <fieldset>
        <legend>{t.t('optionsKinds')}</legend>
        {KIND_ORDER.map((kind) => (
          <label key={kind} class="option">
            <input
              type="checkbox"
              checked={!settings.unmarkedKinds.includes(kind)}
              onChange={(e) => {
                const marked = (e.target as HTMLInputElement).checked;
                void change((s) => ({
                  ...s,
                  unmarkedKinds: marked ? s.unmarkedKinds.filter((k) => k !== kind) : [...s.unmarkedKinds, kind].sort(),
                }));
              }}
            />
            {t.t(KIND_GROUP_KEYS[kind])}
          </label>
        ))}
      </fieldset>
      <Choice
        name="markScope"
        legend={t.t('optionsScope')}
        values={MARK_SCOPES}
        labels={SCOPE_KEYS}
        current={settings.markScope}
        onChange={(markScope) => void change((s) => ({ ...s, markScope }))}
        t={t}
      />

      <section class="sites" aria-labelledby="sites-title">
        <h2 id="sites-title">{t.t('optionsSites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t.t('optionsSitesEmpty')}</p>
        ) : (
          <ul>
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span class="site">{site}</span>
                <button
                  type="button"
                  aria-label={t.t('optionsSiteRemoveLabel', site)}
                  onClick={() => void change((s) => withSiteEnabled(s, site, true))}
                >
                  {t.t('optionsSiteRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div class="language">
        <label for="language">{t.t('optionsLanguage')}</label>
        <select
          id="language"
          value={settings.language}
          onChange={(e) => {
            const language = (e.target as HTMLSelectElement).value as Settings['language'];
            void change((s) => ({ ...s, language }));
          }}
        >
          {UI_LANGUAGES.map((lang) => (
            <option key={lang} value={lang} lang={lang === 'browser' ? undefined : lang}>
              {t.t(LANGUAGE_KEYS[lang])}
            </option>
          ))}
        </select>
      </div>

      <p class="status" role="status">
        {status.kind === 'saved' ? t.t('optionsSaved') : status.kind === 'failed' ? t.t('optionsSaveFailed', status.error) : ''}
      </p>
    </main>
  );
}

interface ChoiceProps<V extends string> {
  name: string;
  legend: string;
  values: readonly V[];
  labels: Record<V, MessageKey>;
  current: V;
  onChange(value: V): void;
  t: Translator;
  /** Shows a sample word in each look (for the mark style). */
  sample?: boolean;
  hint?: string;
}

function Choice<V extends string>({ name, legend, values, labels, current, onChange, t, sample, hint }: ChoiceProps<V>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} class="option">
          <input type="radio" name={name} value={value} checked={current === value} onChange={() => onChange(value)} />
          {t.t(labels[value])}
          {sample && (
            <span class={`sample sample-${value}`} aria-hidden="true">
              NATO
            </span>
          )}
        </label>
      ))}
      {hint && <p class="hint">{hint}</p>}
    </fieldset>
  );
}
