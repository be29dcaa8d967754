import { describe, expect, it } from 'vitest';
import { createTranslator, formatMessage, LOCALES, resolveLocale, TABLES, type LocaleMessages } from '../../../src/i18n/translate';

const PLURAL_FORMS = { en: ['one', 'other'], uk: ['one', 'few', 'many', 'other'] } as const;
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

function keysByBase(table: LocaleMessages): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const key of Object.keys(table)) map.set(base(key), [...(map.get(base(key)) ?? []), key]);
  return map;
}

describe('the locale tables', () => {
  it.each(LOCALES)('%s uses key names chrome.i18n accepts, and defines every placeholder it uses', (locale) => {
    for (const [key, entry] of Object.entries(TABLES[locale])) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim()).not.toBe('');
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
      expect(used.sort(), `${locale}.${key}`).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  });

  it('has every English message in Ukrainian, with the same placeholders, and nothing else', () => {
    const enKeys = keysByBase(TABLES.en);
    const ukKeys = keysByBase(TABLES.uk);
    expect([...ukKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
    for (const [key, variants] of enKeys) {
      const plural = variants.some((v) => v !== key);
      for (const [locale, table, forms] of [['en', TABLES.en, PLURAL_FORMS.en], ['uk', TABLES.uk, PLURAL_FORMS.uk]] as const) {
        if (plural) expect(keysByBase(table).get(key)!.sort(), `${locale} plural forms of ${key}`).toEqual(forms.map((f) => `${key}_${f}`).sort());
        for (const variant of keysByBase(table).get(key)!) {
          expect(Object.keys(table[variant]!.placeholders ?? {}).sort(), `${locale}.${variant}`).toEqual(
            Object.keys(TABLES.en[plural ? `${key}_other` : key]!.placeholders ?? {}).sort(),
          );
        }
      }
    }
  });

  it('keeps the manifest description within the store’s 132 characters', () => {
    for (const locale of LOCALES) expect(TABLES[locale].extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});

describe('translating', () => {
  it('fills placeholders as chrome.i18n does', () => {
    const entry = { message: 'Costs $$5 on $SITE$ ($Count$×), $2', placeholders: { site: { content: '$1' }, count: { content: '$3' } } };
    expect(formatMessage(entry, ['a.example', 'second', '7'])).toBe('Costs $5 on a.example (7×), second');
    expect(formatMessage({ message: 'No $UNKNOWN$ here' }, [])).toBe('No $UNKNOWN$ here');
    expect(formatMessage({ message: 'Missing $1.' }, [])).toBe('Missing .');
  });

  it('chooses Ukrainian plural forms by number', () => {
    const t = createTranslator('uk');
    expect([1, 2, 4, 5, 11, 21, 22, 25].map((n) => t.plural('mentionCount', n))).toEqual([
      '1 згадка', '2 згадки', '4 згадки', '5 згадок', '11 згадок', '21 згадка', '22 згадки', '25 згадок',
    ]);
  });

  it('chooses English plural forms by number', () => {
    const t = createTranslator('en');
    expect([0, 1, 2].map((n) => t.plural('mentionCount', n))).toEqual(['0 mentions', '1 mention', '2 mentions']);
    expect(t.t('popupPosition', 2, 3)).toBe('2 of 3');
    expect(createTranslator('uk').t('popupPosition', 2, 3)).toBe('2 з 3');
  });

  it('falls back to English for a message a locale lacks, and shows the key of one nobody has', () => {
    const t = createTranslator('uk', { en: { hello: { message: 'Hello' } }, uk: {} });
    expect(t.t('hello' as never)).toBe('Hello');
    expect(t.t('nothing' as never)).toBe('nothing');
  });

  it('writes dates in the language, keeping their precision', () => {
    const en = createTranslator('en');
    const uk = createTranslator('uk');
    expect([en.date('2023-07-11'), en.date('2023-07'), en.date('2023')]).toEqual(['11 July 2023', 'July 2023', '2023']);
    expect(uk.date('2023-07-11')).toMatch(/^11 липня 2023/);
    expect(uk.date('2023')).toBe('2023');
  });

  it.each([
    ['browser', 'uk', 'uk'],
    ['browser', 'uk-UA', 'uk'],
    ['browser', 'en-US', 'en'],
    ['browser', 'de', 'en'],
    ['browser', '', 'en'],
    ['en', 'uk', 'en'],
    ['uk', 'en-GB', 'uk'],
  ] as const)('resolves the setting %s with a browser in "%s" to %s', (choice, browserLanguage, locale) => {
    expect(resolveLocale(choice, browserLanguage)).toBe(locale);
  });
});
