// Search over the whole knowledge base, for the popup's search box. Pure: entries in, ranked entries out.
// Names and aliases rank above words that only appear in a summary, so "Vilnius" lists the summit and the city
// before entries that merely mention the city.
import { foldText } from '../match/fold';
import type { Entry } from './schema';

/** Enough to fill the popup without scrolling through noise. */
export const MAX_RESULTS = 8;
/** Queries are short; a longer one is cut (the worker's message schema allows no more either). */
export const MAX_QUERY_LENGTH = 100;

interface IndexedEntry {
  entry: Entry;
  /** The name and every alias, normalized. */
  names: string[];
  /** Words of the summary and the facts, normalized. */
  words: string[];
}

export interface SearchIndex {
  entries: IndexedEntry[];
}

/**
 * Case, punctuation variants (folded as the matcher folds them), hyphens and diacritics do not matter:
 * "nauseda" finds "Nausėda", "kyiv's" finds "Kyiv’s", "ukraine nato" finds "Ukraine–NATO relations".
 */
export function normalizeForSearch(text: string): string {
  return foldText(text.normalize('NFD').replace(/\p{M}/gu, ''))
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

function wordsOf(text: string): string[] {
  return normalizeForSearch(text).split(' ').filter(Boolean);
}

export function buildSearchIndex(entries: readonly Entry[]): SearchIndex {
  return {
    entries: entries.map((entry) => ({
      entry,
      names: [entry.name, ...entry.aliases.map((a) => a.text)].map(normalizeForSearch),
      words: [...new Set([entry.summary, ...entry.facts.map((f) => `${f.label} ${f.value}`)].flatMap(wordsOf))],
    })),
  };
}

/** How well one name matches the query: higher is better, 0 is no match. */
function nameScore(name: string, query: string, queryWords: string[]): number {
  if (name === query) return 100;
  if (name.startsWith(query)) return 80;
  const nameWords = name.split(' ');
  if (nameWords.some((w) => w.startsWith(query))) return 60;
  if (queryWords.every((q) => nameWords.some((w) => w.startsWith(q)))) return 50;
  if (query.length >= 3 && name.includes(query)) return 40;
  return 0;
}

function score(item: IndexedEntry, query: string, queryWords: string[]): number {
  let best = 0;
  for (const name of item.names) best = Math.max(best, nameScore(name, query, queryWords));
  if (best > 0) return best;
  // Every query word begins a word of the summary or the facts.
  const matches = (q: string) => item.words.some((w) => w === q || (q.length >= 3 && w.startsWith(q)));
  return queryWords.every(matches) ? 10 : 0;
}

/** The entries that match, best first (ties keep the knowledge base's order); none for an empty query. */
export function searchEntries(index: SearchIndex, rawQuery: string, limit = MAX_RESULTS): Entry[] {
  const query = normalizeForSearch(rawQuery.slice(0, MAX_QUERY_LENGTH));
  if (query === '') return [];
  const queryWords = query.split(' ');
  return index.entries
    .map((item, order) => ({ item, order, score: score(item, query, queryWords) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((r) => r.item.entry);
}
