// The one schema of a knowledge-base entry. Types are inferred from it, and the build, `npm run kb:check`
// and the tests all validate through `validateEntries` (validate.ts), so there is one definition of "valid".
import * as v from 'valibot';

import { ENTITY_TYPES } from './entity-types';

export { ENTITY_TYPES, type EntityType } from './entity-types';

/** Languages the aliases may be written in (ISO 639-1). */
export const ALIAS_LANGS = ['en', 'uk', 'ru', 'lt', 'pl', 'de', 'fr'] as const;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

const IsoDate = v.pipe(
  v.string(),
  v.check(isIsoDate, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD'),
);
const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const HttpsUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.startsWith('https://', 'must be an https URL'),
);

export const SourceSchema = v.strictObject({
  /** Short key that facts and timeline items use to cite this source. */
  id: v.pipe(v.string(), v.regex(ID_PATTERN, 'must be lower-case words joined by hyphens')),
  url: HttpsUrl,
  title: Text,
  publisher: Text,
});

export const FactSchema = v.strictObject({
  label: Text,
  value: Text,
  /** When the fact happened or took effect. */
  date: v.optional(IsoDate),
  /** True for facts that can change (member counts, office holders, status): they need `asOf`. */
  changeable: v.optional(v.boolean()),
  /** The date on which the source showed this value to be true. */
  asOf: v.optional(IsoDate),
  /** The `id` of one of the entry's sources. */
  source: v.string(),
});

export const TimelineItemSchema = v.strictObject({
  date: IsoDate,
  text: Text,
  source: v.string(),
});

const Words = v.pipe(v.array(Text), v.minLength(1, 'needs at least one word'));

/**
 * When an alias is a mention. Rules are data so that knowledge-base authors can fix a misreading without code:
 * "chicken Kiev" is `notAfter: ['chicken']` on Kyiv's "Kiev"; "Vilnius" as the summit is
 * `requires: ['summit', ...]` on the summit's "Vilnius" alias, while the city keeps "Vilnius" as its default.
 */
export const AliasContextSchema = v.strictObject({
  /**
   * At least one of these words must appear in the surrounding text (the paragraph). A word written with a
   * capital must appear with it (NATO's "Allies", not anyone's "allies"); one in lower case, in any case.
   */
  requires: v.optional(Words),
  /**
   * Not this reading when one of these words appears in the surrounding text, which then speaks of something
   * else (the 2013 Eastern Partnership summit, not NATO's, in a paragraph about Yanukovych); cased as `requires`.
   */
  unless: v.optional(Words),
  /** Not a mention when the word right before it is one of these ("Austria-", ending in a hyphen, joined to it). */
  notAfter: v.optional(Words),
  /** Not a mention when the word right after it is one of these. */
  notBefore: v.optional(Words),
});

export const AliasSchema = v.strictObject({
  text: Text,
  lang: v.picklist(ALIAS_LANGS, 'must be one of ' + ALIAS_LANGS.join(', ')),
  /**
   * Whether letter case must match. Defaults to true for acronyms written in capitals (NATO, MAP), false
   * otherwise, so that "map" is never the Membership Action Plan.
   */
  caseSensitive: v.optional(v.boolean()),
  context: v.optional(AliasContextSchema),
});

export const EntrySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(ID_PATTERN, 'must be lower-case words joined by hyphens')),
  type: v.picklist(ENTITY_TYPES, 'must be one of ' + ENTITY_TYPES.join(', ')),
  name: Text,
  /** Title of the English Wikipedia article, as it appears in its URL with spaces. */
  wikipedia: Text,
  wikidata: v.optional(v.pipe(v.string(), v.regex(/^Q[1-9]\d*$/, 'must look like Q123'))),
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1, 'needs at least one alias')),
  /** One or two sentences in our own words. */
  summary: v.pipe(Text, v.maxLength(400, 'must be at most 400 characters')),
  facts: v.pipe(v.array(FactSchema), v.minLength(1, 'needs at least one fact')),
  timeline: v.optional(v.array(TimelineItemSchema)),
  related: v.array(v.string()),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source')),
  /** The date on which the entry as a whole was last checked against its sources. */
  asOf: IsoDate,
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type TimelineItem = v.InferOutput<typeof TimelineItemSchema>;
export type Alias = v.InferOutput<typeof AliasSchema>;
export type AliasContext = v.InferOutput<typeof AliasContextSchema>;
export type Entry = v.InferOutput<typeof EntrySchema>;
/** What an author writes: the same shape, before validation. */
export type EntryInput = v.InferInput<typeof EntrySchema>;
