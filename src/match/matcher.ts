// Finds alias mentions in a string in time linear in its length, whatever the number of aliases:
// an Aho–Corasick automaton over case- and punctuation-folded text, then word-boundary and case checks on the
// original text, then leftmost-longest selection so mentions never overlap. Pure: no DOM, no browser API.
import { foldPunctuation, foldText, foldUnit } from './fold';
import type { Lexicon } from './lexicon';

export interface Mention {
  /** Offsets into the text, in UTF-16 code units, end exclusive. */
  start: number;
  end: number;
  /** Entry id. */
  entity: string;
}

export interface Matcher {
  /**
   * Mentions in `text`. `context` gives the surrounding text (the paragraph) for aliases whose reading depends
   * on it; it is called at most once, and only when such an alias occurs. Without it, `text` is the context.
   */
  find(text: string, context?: () => string): Mention[];
}

interface Automaton {
  next: Map<number, number>[];
  fail: Int32Array;
  /** Alias indices that end at this state (not counting suffixes reached through `fail`). */
  ends: number[][];
  /** Nearest state on the fail chain that has `ends`, or -1: walking outputs skips empty states. */
  outLink: Int32Array;
}

function buildAutomaton(patterns: string[]): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  patterns.forEach((pattern, index) => {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let to = next[state]!.get(c);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        ends.push([]);
        next[state]!.set(c, to);
      }
      state = to;
    }
    ends[state]!.push(index);
  });
  const fail = new Int32Array(next.length);
  const outLink = new Int32Array(next.length).fill(-1);
  const queue: number[] = [...next[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [c, to] of next[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !next[f]!.has(c)) f = fail[f]!;
      const target = next[f]!.get(c);
      fail[to] = target !== undefined && target !== to ? target : 0;
      outLink[to] = ends[fail[to]!]!.length > 0 ? fail[to]! : outLink[fail[to]!]!;
      queue.push(to);
    }
  }
  return { next, fail, ends, outLink };
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

function isWordCodeUnit(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  }
  // Read the whole code point when the unit is half of a surrogate pair.
  const cp = text.codePointAt(code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index)!;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

interface Candidate extends Mention {
  /** Whether a context rule chose this reading; it then wins over the default reading of the same words. */
  conditional: boolean;
}

/** True when `phrase` (already folded) occurs in `folded` as whole words. */
function containsWords(folded: string, phrase: string): boolean {
  for (let at = folded.indexOf(phrase); at !== -1; at = folded.indexOf(phrase, at + 1)) {
    if (!isWordCodeUnit(folded, at - 1) && !isWordCodeUnit(folded, at + phrase.length)) return true;
  }
  return false;
}

/** The text right before `start` (or after `end`) ends (or starts) with the word `phrase`. */
function wordBefore(folded: string, start: number, phrase: string): boolean {
  let i = start;
  while (i > 0 && folded.charCodeAt(i - 1) === 32) i--;
  const from = i - phrase.length;
  return from >= 0 && i < start && folded.startsWith(phrase, from) && !isWordCodeUnit(folded, from - 1);
}
function wordAfter(folded: string, end: number, phrase: string): boolean {
  let i = end;
  while (i < folded.length && folded.charCodeAt(i) === 32) i++;
  return i > end && folded.startsWith(phrase, i) && !isWordCodeUnit(folded, i + phrase.length);
}

const foldAll = (words: string[] | undefined) => words?.map((w) => foldText(w).replace(/\s+/g, ' '));

export function compileMatcher(lexicon: Lexicon): Matcher {
  const aliases = lexicon.aliases.map((a) => ({
    ...a,
    folded: foldText(a.text),
    exact: foldPunctuation(a.text),
    entityId: lexicon.entities[a.entity]!,
    requires: foldAll(a.requires),
    notAfter: foldAll(a.notAfter),
    notBefore: foldAll(a.notBefore),
  }));
  const { next, fail, ends, outLink } = buildAutomaton(aliases.map((a) => a.folded));

  return {
    find(text, context) {
      let folded: string | undefined;
      let foldedContext: string | undefined;
      const found: Candidate[] = [];

      function accept(start: number, end: number, alias: (typeof aliases)[number]): boolean {
        if (isWordCodeUnit(text, start - 1) || isWordCodeUnit(text, end)) return false;
        if (alias.caseSensitive && foldPunctuation(text.slice(start, end)) !== alias.exact) return false;
        if (alias.notAfter || alias.notBefore) {
          folded ??= foldText(text).replace(/\s/g, ' ');
          if (alias.notAfter?.some((w) => wordBefore(folded!, start, w))) return false;
          if (alias.notBefore?.some((w) => wordAfter(folded!, end, w))) return false;
        }
        if (alias.requires) {
          foldedContext ??= foldText(context ? context() : text).replace(/\s+/g, ' ');
          if (!alias.requires.some((w) => containsWords(foldedContext!, w))) return false;
        }
        return true;
      }

      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const c = foldUnit(text.charCodeAt(i));
        let to = next[state]!.get(c);
        while (to === undefined && state !== 0) {
          state = fail[state]!;
          to = next[state]!.get(c);
        }
        state = to ?? 0;
        for (let s = ends[state]!.length > 0 ? state : outLink[state]!; s !== -1; s = outLink[s]!) {
          for (const index of ends[s]!) {
            const alias = aliases[index]!;
            const start = i + 1 - alias.folded.length;
            if (accept(start, i + 1, alias)) {
              found.push({ start, end: i + 1, entity: alias.entityId, conditional: alias.requires !== undefined });
            }
          }
        }
      }
      return selectLeftmostLongest(found).map(({ start, end, entity }) => ({ start, end, entity }));
    },
  };
}

/**
 * Keeps, from overlapping candidates, the one that starts first and, among those, the longest; for the same
 * words, a reading chosen by context beats the default one.
 */
export function selectLeftmostLongest<M extends Mention & { conditional?: boolean }>(candidates: M[]): M[] {
  if (candidates.length < 2) return candidates;
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || Number(!!b.conditional) - Number(!!a.conditional));
  const kept: M[] = [];
  let lastEnd = -1;
  for (const m of candidates) {
    if (m.start >= lastEnd) {
      kept.push(m);
      lastEnd = m.end;
    }
  }
  return kept;
}
