// The one settings schema: defaults, validation on every read, migration of older records, and storage. Only
// values that differ from the defaults are stored, so a later change of a default reaches every user who never
// touched that setting. A corrupt stored value is replaced by its default without losing the other values.
import * as v from 'valibot';
import { ENTITY_TYPES } from './kb/entity-types';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;

export const CARD_TRIGGERS = ['hover-and-click', 'click'] as const;
export const MARK_STYLES = ['underline', 'background', 'none'] as const;
export const MARK_SCOPES = ['all', 'first'] as const;
export const UI_LANGUAGES = ['browser', 'en', 'uk'] as const;
export type CardTrigger = (typeof CARD_TRIGGERS)[number];
export type MarkStyle = (typeof MARK_STYLES)[number];
export type MarkScope = (typeof MARK_SCOPES)[number];
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const SiteList = v.pipe(
  v.array(v.pipe(v.string(), v.trim(), v.toLowerCase(), v.minLength(1), v.maxLength(253))),
  v.maxLength(5000),
  v.transform((sites) => [...new Set(sites)].sort()),
);

const KNOWN_KINDS: readonly string[] = ENTITY_TYPES;

/** Kinds a later version no longer has are dropped rather than failing the whole list. */
const KindList = v.pipe(
  v.array(v.string()),
  v.maxLength(50),
  v.transform((kinds) => [...new Set(kinds.filter((k) => KNOWN_KINDS.includes(k)))].sort()),
);

const FIELDS = {
  /** Host names where the extension marks nothing. */
  disabledSites: SiteList,
  /** Whether resting the pointer on a mention opens its card, or only a click does. */
  cardTrigger: v.picklist(CARD_TRIGGERS),
  markStyle: v.picklist(MARK_STYLES),
  /**
   * Kinds of entity left unmarked. Stored as the excluded kinds rather than the marked ones, so that a kind
   * added in a later version is marked for everyone until they exclude it.
   */
  unmarkedKinds: KindList,
  /** Every mention, or only the first mention of each entity on a page. */
  markScope: v.picklist(MARK_SCOPES),
  /** "browser" follows the browser's language (chrome.i18n); the others pin a bundled locale. */
  language: v.picklist(UI_LANGUAGES),
};

export type Settings = { [K in keyof typeof FIELDS]: v.InferOutput<(typeof FIELDS)[K]> };

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  disabledSites: [],
  cardTrigger: 'hover-and-click',
  markStyle: 'underline',
  unmarkedKinds: [],
  markScope: 'all',
  language: 'browser',
});

type Values = Record<string, unknown>;

/**
 * MIGRATIONS[n] turns the stored values of version n into those of version n + 1. Values that a migration
 * does not carry over are dropped; fields a version adds start at their defaults (which are not stored).
 */
const MIGRATIONS: Record<number, (values: Values) => Values> = {
  // Version 1 had one setting, the sites switched off; its name and meaning are unchanged.
  1: (values) => ('disabledSites' in values ? { disabledSites: values.disabledSites } : {}),
};

export interface ParsedSettings {
  settings: Settings;
  /** One line per stored value that was unusable and replaced by its default. */
  problems: string[];
  /** The version the stored record was written with; null when nothing usable was stored. */
  storedVersion: number | null;
}

function isRecord(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a stored record ({version, values}) field by field; never throws. An older record is migrated step by
 * step; one written by a newer version keeps every field this version understands. A record without a
 * version is read as version 1, the first format.
 */
export function parseStoredSettings(raw: unknown): ParsedSettings {
  const settings: Settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  const problems: string[] = [];
  if (raw === undefined) return { settings, problems, storedVersion: null };
  if (!isRecord(raw) || !isRecord(raw.values)) {
    return { settings, problems: ['stored settings are not an object; using the defaults'], storedVersion: null };
  }
  const version = raw.version ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { settings, problems: [`stored settings have an unknown version (${String(version)}); using the defaults`], storedVersion: null };
  }
  let values: Values = raw.values;
  for (let from = version; from < SETTINGS_VERSION; from++) values = MIGRATIONS[from]!(values);
  if (version > SETTINGS_VERSION) {
    problems.push(`stored settings come from a newer version (${version}); reading the settings this version knows`);
  }
  for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
    if (!(key in values)) continue;
    const result = v.safeParse(FIELDS[key], values[key]);
    if (result.success) (settings as Values)[key] = result.output;
    else problems.push(`setting "${key}" is invalid (${result.issues[0].message}); using the default`);
  }
  return { settings, problems, storedVersion: version };
}

/** The record to store: the version and only the values that differ from the defaults. */
export function toStoredSettings(settings: Settings): { version: number; values: Partial<Settings> } {
  const values: Values = {};
  for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
    if (JSON.stringify(settings[key]) !== JSON.stringify(DEFAULT_SETTINGS[key])) values[key] = settings[key];
  }
  return { version: SETTINGS_VERSION, values: values as Partial<Settings> };
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

async function readStored(storage: SettingsStorage): Promise<unknown> {
  const local = (await storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (local !== undefined) return local;
  return (await storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
}

/**
 * Settings live in storage.sync so they follow the user; when sync refuses a write (quota), they go to
 * storage.local, and a copy there wins until sync accepts a write again.
 */
export async function loadSettings(storage: SettingsStorage): Promise<ParsedSettings> {
  return parseStoredSettings(await readStored(storage));
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

/**
 * Reads the stored settings afresh, applies one change and saves: a change made elsewhere in the meantime (the
 * popup's site switch while the settings page is open) is kept rather than overwritten by a stale copy.
 */
export async function updateSettings(storage: SettingsStorage, change: (settings: Settings) => Settings): Promise<Settings> {
  const next = change((await loadSettings(storage)).settings);
  await saveSettings(storage, next);
  return next;
}

/**
 * Rewrites an older or partly corrupt stored record in the current format (run when the extension is installed
 * or updated). A record from a newer version is left alone: rewriting it would drop the fields it adds.
 * Returns whether it wrote.
 */
export async function upgradeStoredSettings(storage: SettingsStorage): Promise<boolean> {
  const raw = await readStored(storage);
  if (raw === undefined) return false;
  const parsed = parseStoredSettings(raw);
  if (parsed.storedVersion !== null && parsed.storedVersion > SETTINGS_VERSION) return false;
  if (parsed.storedVersion === SETTINGS_VERSION && parsed.problems.length === 0) return false;
  await saveSettings(storage, parsed.settings);
  return true;
}
