import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS, isSiteEnabled, loadSettings, parseStoredSettings, saveSettings, SETTINGS_KEY, SETTINGS_VERSION,
  toStoredSettings, updateSettings, upgradeStoredSettings, withSiteEnabled, type Settings, type StorageArea,
} from '../../src/settings';

function memoryArea(options: { failWrites?: boolean } = {}): StorageArea & { data: Record<string, unknown>; writes: number } {
  const data: Record<string, unknown> = {};
  const area = {
    data,
    writes: 0,
    async get(key: string) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      if (options.failWrites) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      area.writes++;
      Object.assign(data, structuredClone(items));
    },
    async remove(key: string) {
      delete data[key];
    },
  };
  return area;
}

const CHANGED: Settings = {
  disabledSites: ['a.example'],
  cardTrigger: 'click',
  markStyle: 'background',
  unmarkedKinds: ['person', 'place'],
  markScope: 'first',
  language: 'uk',
};

describe('settings schema', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(parseStoredSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [], storedVersion: null });
  });

  it('reads back every value it stores', () => {
    expect(parseStoredSettings(toStoredSettings(CHANGED))).toEqual({ settings: CHANGED, problems: [], storedVersion: SETTINGS_VERSION });
  });

  it.each([
    null, 42, 'x', true, [], [1, 2], { values: 'nope' }, { values: [] }, { version: 1 }, { version: 2, values: null },
    { version: 'two', values: {} }, { version: 0, values: {} }, { version: -1, values: {} }, { version: 1.5, values: {} },
    { version: Number.NaN, values: {} },
  ])('replaces garbage (%j) by the defaults and says so', (raw) => {
    const parsed = parseStoredSettings(raw);
    expect(parsed.settings).toEqual(DEFAULT_SETTINGS);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.storedVersion).toBeNull();
  });

  it('keeps every valid value when others are corrupt, naming each corrupt one', () => {
    const parsed = parseStoredSettings({
      version: SETTINGS_VERSION,
      values: { disabledSites: ['Example.com', 'example.com'], cardTrigger: 'on-a-whim', markStyle: 'background', markScope: 7, language: 'uk', junk: 1 },
    });
    expect(parsed.settings).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'], markStyle: 'background', language: 'uk' });
    expect(parsed.problems).toHaveLength(2);
    expect(parsed.problems.join('\n')).toMatch(/"cardTrigger"/);
    expect(parsed.problems.join('\n')).toMatch(/"markScope"/);
  });

  it.each([
    ['a site list of numbers', { disabledSites: [1, 2] }, 'disabledSites'],
    ['an empty site name', { disabledSites: ['  '] }, 'disabledSites'],
    ['a site list that is a string', { disabledSites: 'a.example' }, 'disabledSites'],
    ['kinds that are not a list', { unmarkedKinds: { person: true } }, 'unmarkedKinds'],
    ['an unknown language', { language: 'tlh' }, 'language'],
    ['a mark style of the wrong type', { markStyle: null }, 'markStyle'],
  ])('replaces %s by the default', (_name, values, key) => {
    const parsed = parseStoredSettings({ version: SETTINGS_VERSION, values });
    expect(parsed.settings).toEqual(DEFAULT_SETTINGS);
    expect(parsed.problems).toEqual([expect.stringContaining(`"${key}"`)]);
  });

  it('drops kinds it does not know and keeps the rest of the list', () => {
    const parsed = parseStoredSettings({ version: SETTINGS_VERSION, values: { unmarkedKinds: ['place', 'spaceship', 'place', 'person'] } });
    expect(parsed.settings.unmarkedKinds).toEqual(['person', 'place']);
    expect(parsed.problems).toEqual([]);
  });

  it('switches sites off and on', () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'News.example', false);
    expect(isSiteEnabled(off, 'news.example')).toBe(false);
    expect(isSiteEnabled(off, 'other.example')).toBe(true);
    expect(isSiteEnabled(withSiteEnabled(off, 'news.example', true), 'news.example')).toBe(true);
  });

  it('stores only what differs from the defaults', () => {
    expect(toStoredSettings(DEFAULT_SETTINGS)).toEqual({ version: SETTINGS_VERSION, values: {} });
    expect(toStoredSettings({ ...DEFAULT_SETTINGS, markScope: 'first' }).values).toEqual({ markScope: 'first' });
    expect(toStoredSettings(withSiteEnabled(DEFAULT_SETTINGS, 'a.example', false)).values).toEqual({ disabledSites: ['a.example'] });
  });
});

describe('settings migrations', () => {
  it('reads a version 1 record (sites switched off) with every newer setting at its default', () => {
    const parsed = parseStoredSettings({ version: 1, values: { disabledSites: ['news.example', 'Blog.example'] } });
    expect(parsed.settings).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['blog.example', 'news.example'] });
    expect(parsed.problems).toEqual([]);
    expect(parsed.storedVersion).toBe(1);
  });

  it('reads an empty version 1 record as the defaults', () => {
    expect(parseStoredSettings({ version: 1, values: {} })).toEqual({ settings: DEFAULT_SETTINGS, problems: [], storedVersion: 1 });
  });

  it('does not let a version 1 record set fields that version 1 did not have', () => {
    const parsed = parseStoredSettings({ version: 1, values: { disabledSites: [], markStyle: 'none' } });
    expect(parsed.settings.markStyle).toBe(DEFAULT_SETTINGS.markStyle);
  });

  it('replaces a corrupt site list in a version 1 record and says so', () => {
    const parsed = parseStoredSettings({ version: 1, values: { disabledSites: 'all of them' } });
    expect(parsed.settings).toEqual(DEFAULT_SETTINGS);
    expect(parsed.problems).toEqual([expect.stringContaining('"disabledSites"')]);
  });

  it('reads a record without a version as version 1', () => {
    expect(parseStoredSettings({ values: { disabledSites: ['x.example'] } }).settings.disabledSites).toEqual(['x.example']);
  });

  it('keeps the known settings of a record from a newer version and says where it came from', () => {
    const parsed = parseStoredSettings({ version: SETTINGS_VERSION + 1, values: { markStyle: 'none', sparkles: true } });
    expect(parsed.settings).toEqual({ ...DEFAULT_SETTINGS, markStyle: 'none' });
    expect(parsed.problems).toEqual([expect.stringContaining('newer version')]);
    expect(parsed.storedVersion).toBe(SETTINGS_VERSION + 1);
  });

  it('rewrites a version 1 record in the current format, keeping the sites', async () => {
    const storage = { sync: memoryArea(), local: memoryArea() };
    storage.sync.data[SETTINGS_KEY] = { version: 1, values: { disabledSites: ['news.example'] } };
    expect(await upgradeStoredSettings(storage)).toBe(true);
    expect(storage.sync.data[SETTINGS_KEY]).toEqual({ version: SETTINGS_VERSION, values: { disabledSites: ['news.example'] } });
    expect(await upgradeStoredSettings(storage)).toBe(false);
  });

  it('rewrites a record with a corrupt value without losing the valid ones', async () => {
    const storage = { sync: memoryArea(), local: memoryArea() };
    storage.sync.data[SETTINGS_KEY] = { version: SETTINGS_VERSION, values: { markStyle: 'glitter', language: 'uk' } };
    expect(await upgradeStoredSettings(storage)).toBe(true);
    expect(storage.sync.data[SETTINGS_KEY]).toEqual({ version: SETTINGS_VERSION, values: { language: 'uk' } });
  });

  it('leaves nothing stored, a current record and a newer record as they are', async () => {
    const storage = { sync: memoryArea(), local: memoryArea() };
    expect(await upgradeStoredSettings(storage)).toBe(false);
    storage.sync.data[SETTINGS_KEY] = toStoredSettings(CHANGED);
    expect(await upgradeStoredSettings(storage)).toBe(false);
    const newer = { version: SETTINGS_VERSION + 1, values: { markStyle: 'none', sparkles: true } };
    storage.sync.data[SETTINGS_KEY] = newer;
    expect(await upgradeStoredSettings(storage)).toBe(false);
    expect(storage.sync.data[SETTINGS_KEY]).toEqual(newer);
    expect(storage.sync.writes).toBe(0);
  });
});

describe('settings storage', () => {
  it('saves to sync and reads back', async () => {
    const storage = { sync: memoryArea(), local: memoryArea() };
    await saveSettings(storage, CHANGED);
    expect(storage.sync.data[SETTINGS_KEY]).toBeDefined();
    expect((await loadSettings(storage)).settings).toEqual(CHANGED);
  });

  it('falls back to local storage when sync refuses the write, and loses nothing', async () => {
    const storage = { sync: memoryArea({ failWrites: true }), local: memoryArea() };
    await saveSettings(storage, withSiteEnabled(DEFAULT_SETTINGS, 'b.example', false));
    expect(storage.local.data[SETTINGS_KEY]).toBeDefined();
    expect((await loadSettings(storage)).settings.disabledSites).toEqual(['b.example']);
  });

  it('moves the settings back to sync once sync accepts a write', async () => {
    const storage = { sync: memoryArea(), local: memoryArea() };
    storage.local.data[SETTINGS_KEY] = toStoredSettings({ ...DEFAULT_SETTINGS, markScope: 'first' });
    await saveSettings(storage, { ...DEFAULT_SETTINGS, markScope: 'first', language: 'en' });
    expect(storage.local.data[SETTINGS_KEY]).toBeUndefined();
    expect((await loadSettings(storage)).settings).toEqual({ ...DEFAULT_SETTINGS, markScope: 'first', language: 'en' });
  });

  it('applies a change to the stored settings, not to a stale copy', async () => {
    const storage = { sync: memoryArea(), local: memoryArea() };
    await saveSettings(storage, withSiteEnabled(DEFAULT_SETTINGS, 'a.example', false));
    // Another page switched a second site off after this one read the settings.
    await saveSettings(storage, withSiteEnabled(withSiteEnabled(DEFAULT_SETTINGS, 'a.example', false), 'b.example', false));
    const next = await updateSettings(storage, (s) => ({ ...s, markStyle: 'none' }));
    expect(next.disabledSites).toEqual(['a.example', 'b.example']);
    expect((await loadSettings(storage)).settings).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['a.example', 'b.example'], markStyle: 'none' });
  });
});
