// UI strings. They live in the extension's _locales folder (so the manifest and chrome.i18n use them too), and
// are bundled into the popup and settings pages as well: chrome.i18n always follows the browser's language,
// while the settings let a reader pick English or Ukrainian whatever the browser says. Reading the bundled
// tables needs no request and no web-accessible file. Pure: the caller passes the browser's language in.
import en from '../../_locales/en/messages.json';
import uk from '../../_locales/uk/messages.json';
import type { UiLanguage } from '../settings';

export const LOCALES = ['en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];

/** One message as chrome.i18n stores it: `$NAME$` placeholders whose content is `$1`…`$9`. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleMessages = Record<string, LocaleMessage>;

export const TABLES: Record<Locale, LocaleMessages> = { en, uk };

/** Keys of the English table; plural keys are asked for by their base (`mentionCount` for `mentionCount_one`). */
type EnglishKey = keyof typeof en;
export type MessageKey = Exclude<EnglishKey, `${string}_${'one' | 'other'}`>;
export type PluralKey = EnglishKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/** The chosen language, or the browser's when the setting says so (English unless it is Ukrainian). */
export function resolveLocale(choice: UiLanguage, browserLanguage: string): Locale {
  if (choice !== 'browser') return choice;
  return browserLanguage.toLowerCase().split(/[-_]/)[0] === 'uk' ? 'uk' : 'en';
}

/** Fills a message as chrome.i18n.getMessage does: `$NAME$` → its placeholder's content, `$n` → substitution n, `$$` → `$`. */
export function formatMessage(entry: LocaleMessage, substitutions: readonly string[]): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
  return withPlaceholders.replace(/\$(\$|[1-9])/g, (_whole, what: string) => (what === '$' ? '$' : (substitutions[Number(what) - 1] ?? '')));
}

export interface Translator {
  locale: Locale;
  t(key: MessageKey, ...substitutions: (string | number)[]): string;
  /** A message that depends on a count, in the language's plural form for it (Ukrainian has three). */
  plural(key: PluralKey, count: number, ...more: (string | number)[]): string;
  /** "2023-07-11" → "11 July 2023" / "11 липня 2023 р."; partial dates keep their precision. */
  date(iso: string): string;
}

export function createTranslator(locale: Locale, tables: Record<Locale, LocaleMessages> = TABLES): Translator {
  const table = tables[locale];
  const fallback = tables.en;
  const rules = new Intl.PluralRules(locale);
  const lookup = (key: string): LocaleMessage | undefined => table[key] ?? fallback[key];
  const fill = (key: string, subs: (string | number)[]): string => {
    const entry = lookup(key);
    // A missing key shows itself rather than nothing, so the gap is visible and the tests catch it.
    return entry ? formatMessage(entry, subs.map(String)) : key;
  };
  const dates = {
    day: new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  };
  return {
    locale,
    t: (key, ...subs) => fill(key, subs),
    plural(key, count, ...more) {
      const form = `${key}_${rules.select(count)}`;
      return fill(table[form] ? form : `${key}_other`, [count, ...more]);
    },
    date(iso) {
      const [y, m, d] = iso.split('-').map(Number);
      if (m === undefined) return String(y);
      const at = new Date(Date.UTC(y!, m - 1, d ?? 1));
      return (d === undefined ? dates.month : dates.day).format(at);
    },
  };
}
