// The one message protocol between content script, background worker and popup. Every message is checked
// against these schemas on arrival, and its sender is checked by the receiving end, so a malformed or forged
// message gets a clear error reply and changes nothing.
import * as v from 'valibot';
import type { Briefing } from './kb/briefing';
import type { Entry } from './kb/schema';
import { MAX_QUERY_LENGTH } from './kb/search';
import type { PackedLexicon } from './match/lexicon';

const EntryId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/));
const EntryIds = v.pipe(v.array(EntryId), v.maxLength(1000));

/** Content script → worker: the entities a page mentions; the reply carries their entries. Sets the badge. */
const MentionsFound = v.strictObject({ type: v.literal('mentions/found'), ids: EntryIds });
/** Popup → worker: entries by id. */
const EntriesGet = v.strictObject({ type: v.literal('entries/get'), ids: EntryIds });

/** Popup → worker: entries whose name, alias or summary match the query, best first. */
const KbSearch = v.strictObject({ type: v.literal('kb/search'), query: v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH)) });
/** Popup → worker: the briefing for the page's mentions (see kb/briefing.ts), or null. */
const KbBriefing = v.strictObject({
  type: v.literal('kb/briefing'),
  mentions: v.pipe(
    v.array(v.strictObject({ id: EntryId, count: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
    v.maxLength(1000),
  ),
});

/** Content script → worker: the lexicon, when the stored copy is missing or not this build's (lexicon-store.ts). */
const LexiconGet = v.strictObject({ type: v.literal('lexicon/get') });

export const WorkerRequestSchema = v.variant('type', [MentionsFound, EntriesGet, KbSearch, KbBriefing, LexiconGet]);
export type WorkerRequest = v.InferOutput<typeof WorkerRequestSchema>;

/** Popup → content script: what the page mentions. */
const PageSummary = v.strictObject({ type: v.literal('page/summary') });
/**
 * Popup → content script: scroll to a mention of an entity and open its card. `index` counts the entity's
 * mentions in document order from 0 (the first, when absent) and wraps around, so the popup steps with
 * index ± 1 without knowing how many mentions the page has now.
 */
const PageReveal = v.strictObject({
  type: v.literal('page/reveal'),
  id: EntryId,
  index: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-1_000_000), v.maxValue(1_000_000))),
});

/** Worker → content script (a keyboard shortcut): go to the next or previous mention and open its card. */
const PageStepMention = v.strictObject({ type: v.literal('page/step-mention'), direction: v.picklist(['next', 'previous']) });

export const ContentRequestSchema = v.variant('type', [PageSummary, PageReveal, PageStepMention]);
export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;

export interface EntityCount {
  id: string;
  count: number;
}

export interface PageSummaryReply {
  /** The page's host name, the unit of the "on this site" switch. */
  site: string;
  enabled: boolean;
  /** In order of first mention on the page. */
  mentions: EntityCount[];
}

/** Which mention a reveal showed: its place among the entity's mentions (from 0) and how many there are. */
export interface RevealedMention {
  index: number;
  count: number;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface WorkerReplies {
  'mentions/found': Entry[];
  'entries/get': Entry[];
  'kb/search': Entry[];
  'kb/briefing': Briefing | null;
  'lexicon/get': PackedLexicon;
}
export interface ContentReplies {
  'page/summary': PageSummaryReply;
  /** null when the page no longer has a mention of the entity. */
  'page/reveal': RevealedMention | null;
  /** False when the page has no mention to go to (or the extension is off there). */
  'page/step-mention': boolean;
}

export function ok<T>(value: T): Reply<T> {
  return { ok: true, value };
}
export function fail(error: string): Reply<never> {
  return { ok: false, error };
}

/** Parses an incoming message, or explains in one line why it is not one of ours. */
export function parseMessage<S extends v.GenericSchema>(
  schema: S,
  message: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; error: string } {
  const result = v.safeParse(schema, message);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  return { ok: false, error: `malformed message${path ? ` at "${path}"` : ''}: ${issue.message}` };
}

/** Unwraps a reply, turning an error reply or a missing one into an exception. */
export function unwrap<T>(reply: unknown): T {
  const r = reply as Reply<T> | undefined;
  if (!r || typeof r !== 'object' || typeof r.ok !== 'boolean') throw new Error('no reply');
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
