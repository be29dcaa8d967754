// The one settings schema: defaults, validation on every read, and storage. Only values that differ from the
// defaults are stored, so a later change of a default reaches every user who never touched that setting.
// A corrupt stored value is replaced by its default without losing the other values.
import * as v from 'valibot';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

const SiteList = v.pipe(
  v.array(v.pipe(v.string(), v.trim(), v.toLowerCase(), v.minLength(1), v.maxLength(253))),
  v.maxLength(5000),
  v.transform((sites) => [...new Set(sites)].sort()),
);

const FIELDS = {
  /** Host names where the extension marks nothing. */
  disabledSites: SiteList,
};

export type Settings = { [K in keyof typeof FIELDS]: v.InferOutput<(typeof FIELDS)[K]> };

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ disabledSites: [] });

export interface ParsedSettings {
  settings: Settings;
  /** One line per stored value that was unusable and replaced by its default. */
  problems: string[];
}

/** Reads a stored record ({version, values}) field by field; never throws. */
export function parseStoredSettings(raw: unknown): ParsedSettings {
  const settings: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  const problems: string[] = [];
  if (raw === undefined) return { settings, problems };
  const values = (raw as { values?: unknown } | null)?.values;
  if (typeof raw !== 'object' || raw === null || typeof values !== 'object' || values === null) {
    return { settings, problems: ['stored settings are not an object; using the defaults'] };
  }
  for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
    if (!(key in values)) continue;
    const result = v.safeParse(FIELDS[key], (values as Record<string, unknown>)[key]);
    if (result.success) settings[key] = result.output;
    else problems.push(`setting "${key}" is invalid (${result.issues[0].message}); using the default`);
  }
  return { settings, problems };
}

/** The record to store: the version and only the values that differ from the defaults. */
export function toStoredSettings(settings: Settings): { version: number; values: Partial<Settings> } {
  const values: Partial<Settings> = {};
  for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
    if (JSON.stringify(settings[key]) !== JSON.stringify(DEFAULT_SETTINGS[key])) values[key] = settings[key];
  }
  return { version: SETTINGS_VERSION, values };
}

export function isSiteEnabled(settings: Settings, site: string): boolean {
  return !settings.disabledSites.includes(site.toLowerCase());
}

export function withSiteEnabled(settings: Settings, site: string, enabled: boolean): Settings {
  const host = site.toLowerCase();
  const others = settings.disabledSites.filter((s) => s !== host);
  return { ...settings, disabledSites: enabled ? others : [...others, host].sort() };
}

/** The part of a browser storage area that settings use; tests hand in fakes. */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface SettingsStorage {
  sync: StorageArea;
  local: StorageArea;
}

/**
 * Settings live in storage.sync so they follow the user; when sync refuses a write (quota), they go to
 * storage.local, and a copy there wins until sync accepts a write again.
 */
export async function loadSettings(storage: SettingsStorage): Promise<ParsedSettings> {
  const local = (await storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (local !== undefined) return parseStoredSettings(local);
  return parseStoredSettings((await storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(storage: SettingsStorage, settings: Settings): Promise<void> {
  const record = { [SETTINGS_KEY]: toStoredSettings(settings) };
  try {
    await storage.sync.set(record);
  } catch {
    await storage.local.set(record);
    return;
  }
  await storage.local.remove(SETTINGS_KEY);
}
