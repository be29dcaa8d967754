// The reference for the matcher's differential tests: a plain Aho–Corasick with one Map of transitions and
// whole-string folding for the word and case checks, written for clarity rather than speed. The matcher in
// src/match must find exactly what this finds.
import { foldPunctuation, foldText, foldUnit } from '../../../src/match/fold';
import { isCaseSensitiveWord, type Lexicon, type LexiconAlias } from '../../../src/match/lexicon';

interface Mention {
  /** Offsets into the text, in UTF-16 code units, end exclusive. */
  start: number;
  end: number;
  /** Entry id. */
  entity: string;
}

interface Matcher {
  /**
   * Mentions in `text`. `context` gives the surrounding text (the paragraph) for aliases whose reading depends
   * on it; it is called at most once, and only when such an alias occurs. Without it, `text` is the context.
   */
  find(text: string, context?: () => string): Mention[];
}

/**
 * The automaton in flat arrays: one Map holds every transition, keyed by state × 65536 + code unit, so that
 * building it allocates a few typed arrays rather than one Map per state (it is built at every page load).
 */
interface Automaton {
  goto: Map<number, number>;
  fail: Int32Array;
  /** Alias indices that end at each state (not counting suffixes reached through `fail`). */
  ends: (number[] | undefined)[];
  /** Nearest state on the fail chain that has `ends`, or -1: walking outputs skips empty states. */
  outLink: Int32Array;
}

const key = (state: number, code: number) => state * 0x10000 + code;

function buildAutomaton(patterns: string[]): Automaton {
  const goto = new Map<number, number>();
  const parent: number[] = [0];
  const codeOf: number[] = [0];
  const depth: number[] = [0];
  const ends: (number[] | undefined)[] = [undefined];
  patterns.forEach((pattern, index) => {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let to = goto.get(key(state, c));
      if (to === undefined) {
        to = parent.length;
        goto.set(key(state, c), to);
        parent.push(state);
        codeOf.push(c);
        depth.push(i + 1);
        ends.push(undefined);
      }
      state = to;
    }
    (ends[state] ??= []).push(index);
  });
  const count = parent.length;
  // States in breadth-first order (by depth), so every state's fail link is known before its children's.
  const byDepth: number[][] = [];
  for (let s = 1; s < count; s++) (byDepth[depth[s]!] ??= []).push(s);
  const order = byDepth.flat();
  const fail = new Int32Array(count);
  const outLink = new Int32Array(count).fill(-1);
  for (const s of order) {
    const p = parent[s]!;
    const c = codeOf[s]!;
    let target = 0;
    if (p !== 0) {
      for (let f = fail[p]!; ; f = fail[f]!) {
        const to = goto.get(key(f, c));
        if (to !== undefined) {
          target = to;
          break;
        }
        if (f === 0) break;
      }
    }
    fail[s] = target;
    outLink[s] = ends[target] ? target : outLink[target]!;
  }
  return { goto, fail, ends, outLink };
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

function isWordCodeUnit(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  // The modifier-letter apostrophe is a letter to Unicode but an apostrophe in "Ukraineʼs".
  if (code === 0x2bc) return false;
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

/** True when `phrase` occurs in `folded` as whole words (both folded alike). */
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
  return from >= 0 && folded.startsWith(phrase, from) && !isWordCodeUnit(folded, from - 1);
}
function wordAfter(folded: string, end: number, phrase: string): boolean {
  let i = end;
  while (i < folded.length && folded.charCodeAt(i) === 32) i++;
  return i > end && folded.startsWith(phrase, i) && !isWordCodeUnit(folded, i + phrase.length);
}

export function compileReferenceMatcher(lexicon: Lexicon): Matcher {
  const { aliases, entities } = lexicon;
  const { goto, fail, ends, outLink } = buildAutomaton(aliases.map((a) => a.folded));
  // The text nodes of one paragraph share its context: fold it once for all of them.
  let lastContext = '';
  let lastFoldedContext = '';
  let lastCasedContext = '';

  return {
    find(text, context) {
      let folded: string | undefined;
      let contextRead = false;
      const found: (Candidate & { alias: LexiconAlias })[] = [];

      function accept(start: number, end: number, alias: LexiconAlias): boolean {
        if (isWordCodeUnit(text, start - 1) || isWordCodeUnit(text, end) || text[end] === '$') return false;
        if (alias.exact !== undefined && foldPunctuation(text.slice(start, end)) !== alias.exact) return false;
        if (alias.notAfter || alias.notBefore) {
          folded ??= foldText(text).replace(/\s/g, ' ');
          if (alias.notAfter?.some((w) => wordBefore(folded!, start, w))) return false;
          if (alias.notBefore?.some((w) => wordAfter(folded!, end, w))) return false;
        }
        return true;
      }

      function contextHas(words: readonly string[]): boolean {
        if (!contextRead) {
          contextRead = true;
          const raw = context ? context() : text;
          if (raw !== lastContext) {
            lastContext = raw;
            lastFoldedContext = foldText(raw).replace(/\s+/g, ' ');
            lastCasedContext = foldPunctuation(raw).replace(/\s+/g, ' ');
          }
        }
        // A word written with a capital must appear with it (isCaseSensitiveWord).
        return words.some((w) => containsWords(isCaseSensitiveWord(w) ? lastCasedContext : lastFoldedContext, w));
      }
      const contextAllows = ({ requires, unless }: LexiconAlias) => (!requires || contextHas(requires)) && !(unless && contextHas(unless));

      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const c = foldUnit(text.charCodeAt(i));
        let to = goto.get(key(state, c));
        while (to === undefined && state !== 0) {
          state = fail[state]!;
          to = goto.get(key(state, c));
        }
        state = to ?? 0;
        for (let s = ends[state] ? state : outLink[state]!; s !== -1; s = outLink[s]!) {
          for (const index of ends[s]!) {
            const alias = aliases[index]!;
            const start = i + 1 - alias.folded.length;
            if (accept(start, i + 1, alias)) {
              found.push({ start, end: i + 1, entity: entities[alias.entity]!, conditional: alias.requires !== undefined, alias });
            }
          }
        }
      }
      // Context is read only for readings that would win (most "Vilnius" stand inside "Vilnius summit"); a
      // winner whose context says no is dropped and the selection made again without it.
      if (found.length === 0) return found;
      let candidates = found;
      for (;;) {
        const selected = selectLeftmostLongest([...candidates]);
        const rejected = selected.find((m) => !contextAllows(m.alias));
        if (!rejected) return selected.map(({ start, end, entity }) => ({ start, end, entity }));
        candidates = candidates.filter((m) => m !== rejected);
      }
    },
  };
}

/**
 * Keeps, from overlapping candidates, the one that starts first and, among those, the longest; for the same
 * words, a reading chosen by context beats the default one.
 */
function selectLeftmostLongest<M extends Mention & { conditional?: boolean }>(candidates: M[]): M[] {
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
