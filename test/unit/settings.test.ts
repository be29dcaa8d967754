import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS, isSiteEnabled, loadSettings, parseStoredSettings, saveSettings, SETTINGS_KEY, toStoredSettings,
  withSiteEnabled, type StorageArea,
} from '../../src/settings';

function memoryArea(options: { failWrites?: boolean } = {}): StorageArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      if (options.failWrites) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      Object.assign(data, structuredClone(items));
    },
    async remove(key) {
      delete data[key];
    },
  };
}

describe('settings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(parseStoredSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it.each([null, 42, 'x', [], { values: 'nope' }, { version: 1 }])('replaces garbage (%j) by the defaults and says so', (raw) => {
    const parsed = parseStoredSettings(raw);
    expect(parsed.settings).toEqual(DEFAULT_SETTINGS);
    expect(parsed.problems).toHaveLength(1);
  });

  it('keeps valid values when another value is corrupt', () => {
    const parsed = parseStoredSettings({ version: 1, values: { disabledSites: ['Example.com', 'example.com'], junk: 1 } });
    expect(parsed.settings.disabledSites).toEqual(['example.com']);
    const corrupt = parseStoredSettings({ version: 1, values: { disabledSites: [1, 2] } });
    expect(corrupt.settings.disabledSites).toEqual([]);
    expect(corrupt.problems[0]).toMatch(/disabledSites/);
  });

  it('switches sites off and on', () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'News.example', false);
    expect(isSiteEnabled(off, 'news.example')).toBe(false);
    expect(isSiteEnabled(off, 'other.example')).toBe(true);
    expect(isSiteEnabled(withSiteEnabled(off, 'news.example', true), 'news.example')).toBe(true);
  });

  it('stores only what differs from the defaults', () => {
    expect(toStoredSettings(DEFAULT_SETTINGS)).toEqual({ version: 1, values: {} });
    expect(toStoredSettings(withSiteEnabled(DEFAULT_SETTINGS, 'a.example', false)).values).toEqual({ disabledSites: ['a.example'] });
  });

  it('saves to sync and reads back', async () => {
    const storage = { sync: memoryArea(), local: memoryArea() };
    await saveSettings(storage, withSiteEnabled(DEFAULT_SETTINGS, 'a.example', false));
    expect(storage.sync.data[SETTINGS_KEY]).toBeDefined();
    expect((await loadSettings(storage)).settings.disabledSites).toEqual(['a.example']);
  });

  it('falls back to local storage when sync refuses the write, and loses nothing', async () => {
    const storage = { sync: memoryArea({ failWrites: true }), local: memoryArea() };
    await saveSettings(storage, withSiteEnabled(DEFAULT_SETTINGS, 'b.example', false));
    expect(storage.local.data[SETTINGS_KEY]).toBeDefined();
    expect((await loadSettings(storage)).settings.disabledSites).toEqual(['b.example']);
  });
});
