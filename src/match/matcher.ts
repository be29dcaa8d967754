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
  find(text: string): Mention[];
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

export function compileMatcher(lexicon: Lexicon): Matcher {
  const folded = lexicon.aliases.map((a) => foldText(a.text));
  const exact = lexicon.aliases.map((a) => foldPunctuation(a.text));
  const automaton = buildAutomaton(folded);
  const { next, fail, ends, outLink } = automaton;

  function accept(text: string, start: number, end: number, alias: number): boolean {
    if (isWordCodeUnit(text, start - 1) || isWordCodeUnit(text, end)) return false;
    const { caseSensitive } = lexicon.aliases[alias]!;
    return !caseSensitive || foldPunctuation(text.slice(start, end)) === exact[alias];
  }

  return {
    find(text) {
      const found: Mention[] = [];
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
          for (const alias of ends[s]!) {
            const start = i + 1 - folded[alias]!.length;
            if (accept(text, start, i + 1, alias)) {
              found.push({ start, end: i + 1, entity: lexicon.entities[lexicon.aliases[alias]!.entity]! });
            }
          }
        }
      }
      return selectLeftmostLongest(found);
    },
  };
}

/** Keeps, from overlapping candidates, the one that starts first and, among those, the longest. */
export function selectLeftmostLongest(candidates: Mention[]): Mention[] {
  if (candidates.length < 2) return candidates;
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  let lastEnd = -1;
  for (const m of candidates) {
    if (m.start >= lastEnd) {
      kept.push(m);
      lastEnd = m.end;
    }
  }
  return kept;
}
