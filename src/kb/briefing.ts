// The popup's briefing: what the page is about, told only with what the knowledge base says (an entry's facts
// and the timeline items of it and its related entries), with the date the facts were checked. Pure: the
// worker hands in the entries, so nothing here is ever written that an entry does not say.
import type { EntityType, Entry } from './schema';

export interface MentionCount {
  id: string;
  count: number;
}

/**
 * Kinds that can be what a page is about, before any other: a news page that names an event is usually reporting
 * on it, and one that names a process or a treaty is usually explaining it. Organizations, places and people are
 * mostly context (every page here mentions NATO and Ukraine); they are topics only where nothing else is.
 */
const TOPIC_WEIGHT: Partial<Record<EntityType, number>> = { event: 4, process: 2, document: 2 };
const CONTEXT_WEIGHT: Record<EntityType, number> = { event: 4, process: 2, document: 2, person: 2, organization: 1, place: 1 };

/** A short briefing: a few facts, a few later events. */
export const MAX_POINTS = 4;
export const MAX_AFTER = 3;

export interface BriefingPoint {
  label: string;
  value: string;
  date?: string;
}

export interface BriefingEvent {
  date: string;
  text: string;
  /** The entry the timeline item comes from. */
  entryId: string;
  entryName: string;
}

export interface Briefing {
  topic: { id: string; name: string; type: EntityType };
  points: BriefingPoint[];
  /** For an event: what came after it, oldest first. Empty for other kinds. */
  after: BriefingEvent[];
  /** The oldest "checked on" date of the entries the briefing quotes. */
  asOf: string;
}

function connected(a: Entry, b: Entry): boolean {
  return a.related.includes(b.id) || b.related.includes(a.id);
}

/**
 * The entity the page is most about: among the topic kinds (or, when the page names none, among all), the one
 * with the highest score = mentions × weight of its kind + the number of other entities on the page it is
 * related to (the topic ties the others together). Ties go to the one mentioned first.
 */
export function pickTopic(mentions: readonly MentionCount[], entries: ReadonlyMap<string, Entry>): Entry | null {
  const onPage = mentions.flatMap((m) => {
    const entry = entries.get(m.id);
    return entry ? [{ entry, count: m.count }] : [];
  });
  const topical = onPage.filter((m) => TOPIC_WEIGHT[m.entry.type] !== undefined);
  const candidates = topical.length > 0 ? topical : onPage;
  let best: { entry: Entry; score: number } | null = null;
  for (const { entry, count } of candidates) {
    const links = onPage.filter((o) => o.entry !== entry && connected(entry, o.entry)).length;
    const score = count * CONTEXT_WEIGHT[entry.type] + links;
    if (!best || score > best.score) best = { entry, score };
  }
  return best?.entry ?? null;
}

/** ISO dates of different precision compare as text; "2023" is not after "2023-07-12" (it may not be). */
function isAfter(date: string, anchor: string): boolean {
  return date > anchor && !anchor.startsWith(date);
}

/** Facts for the briefing: for an event, its dated facts in the entry's order (when, then what was decided). */
function eventPoints(entry: Entry): BriefingPoint[] {
  return entry.facts.filter((f) => f.date).slice(0, MAX_POINTS).map(({ label, value, date }) => ({ label, value, date }));
}

/** For anything else: the state of things (facts that can change), then the newest dated facts. */
function standingPoints(entry: Entry): BriefingPoint[] {
  const current = entry.facts.filter((f) => f.changeable);
  const dated = entry.facts
    .filter((f) => !f.changeable && f.date)
    .sort((a, b) => (a.date! < b.date! ? 1 : a.date! > b.date! ? -1 : 0));
  const rest = entry.facts.filter((f) => !f.changeable && !f.date);
  return [...current, ...dated, ...rest]
    .slice(0, MAX_POINTS)
    .map(({ label, value, date, asOf }) => ({ label, value, date: date ?? asOf }));
}

/**
 * What came after an event: timeline items dated after its last dated fact, from the event itself and from its
 * related events, processes and treaties (things that unfold; a place's or an organization's timeline is its
 * own history). One item per date, the event's own first; the latest few, oldest first.
 */
function eventsAfter(topic: Entry, entries: ReadonlyMap<string, Entry>): BriefingEvent[] {
  const dates = topic.facts.flatMap((f) => (f.date ? [f.date] : []));
  if (dates.length === 0) return [];
  const end = dates.reduce((a, b) => (b > a ? b : a));
  const sources = [
    topic,
    ...topic.related.flatMap((id) => {
      const e = entries.get(id);
      return e && TOPIC_WEIGHT[e.type] !== undefined ? [e] : [];
    }),
  ];
  const byDate = new Map<string, BriefingEvent>();
  for (const entry of sources) {
    for (const item of entry.timeline ?? []) {
      if (!isAfter(item.date, end) || byDate.has(item.date)) continue;
      byDate.set(item.date, { date: item.date, text: item.text, entryId: entry.id, entryName: entry.name });
    }
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1)).slice(-MAX_AFTER);
}

export function buildBriefing(topic: Entry, entries: ReadonlyMap<string, Entry>): Briefing {
  const isEvent = topic.type === 'event';
  const after = isEvent ? eventsAfter(topic, entries) : [];
  const quoted = [topic.asOf, ...after.map((a) => entries.get(a.entryId)?.asOf ?? topic.asOf)];
  return {
    topic: { id: topic.id, name: topic.name, type: topic.type },
    points: isEvent ? eventPoints(topic) : standingPoints(topic),
    after,
    asOf: quoted.reduce((a, b) => (b < a ? b : a)),
  };
}

/** The briefing for a page's mentions, or null when the page mentions nothing the knowledge base knows. */
export function briefingFor(mentions: readonly MentionCount[], entries: ReadonlyMap<string, Entry>): Briefing | null {
  const topic = pickTopic(mentions, entries);
  return topic ? buildBriefing(topic, entries) : null;
}

/**
 * An entry's first sentence, for the popup's one-line gist. A full stop after a capital letter ("D.C.", "U.S.")
 * does not end a sentence.
 */
export function gistOf(entry: Pick<Entry, 'summary'>): string {
  const [first] = entry.summary.split(/(?<=[\p{Ll}\p{N}"”’')][.!?])\s+(?=[\p{Lu}"“])/u);
  return first!.trim();
}
