// Finds alias mentions in a string in time linear in its length, whatever the number of aliases: a trie of
// the case- and punctuation-folded aliases, walked from each place where a word starts (each walk at most as
// long as the longest alias), then word-boundary and case checks on the original text, then leftmost-longest
// selection so mentions never overlap. Pure: no DOM, no browser API.
import { foldPunctuation, foldPunctuationUnit, foldText, foldUnit } from './fold';
import { isCaseSensitiveWord, type Lexicon, type LexiconAlias } from './lexicon';

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
  find(text: string, context?: () => string): readonly Mention[];
}

/**
 * The aliases in a trie of typed arrays, with no hashing: each state's children are a linked list (first child,
 * next sibling), and the root, which has a child for most letters, has a direct table by code unit. The
 * content script builds it at every page load and first runs it before V8 has optimised anything, so both the
 * build and a step of the scan are plain array reads (a Map of transitions made cold matching 2-3 times slower).
 *
 * A mention must start where a word starts (acceptable() wants no word character before it), so the trie is
 * walked from those places only and needs no failure links: where an Aho–Corasick automaton folds and steps
 * every character of the text, this reads most characters once, for the word test, and reaches into the trie
 * for the first letters of each word. Both find the same candidates (a differential test holds it to an
 * Aho–Corasick reference).
 */
interface Trie {
  /** Root transitions by folded code unit up to its length: target state + 1, or 0 for none. */
  rootNext: Int32Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  code: Int32Array;
  /** Alias indices that end at each state. */
  ends: (number[] | undefined)[];
}

/** The child of `state` (not the root) along code unit `c`, or -1. */
function childOf(t: Trie, state: number, c: number): number {
  for (let s = t.firstChild[state]!; s !== -1; s = t.nextSibling[s]!) if (t.code[s] === c) return s;
  return -1;
}

function buildTrie(patterns: string[]): Trie {
  let capacity = 1;
  let rootSpan = 0;
  for (const p of patterns) {
    capacity += p.length;
    if (p.length > 0) rootSpan = Math.max(rootSpan, p.charCodeAt(0) + 1);
  }
  const t: Trie = {
    rootNext: new Int32Array(rootSpan),
    firstChild: new Int32Array(capacity).fill(-1),
    nextSibling: new Int32Array(capacity).fill(-1),
    code: new Int32Array(capacity),
    ends: [],
  };
  let count = 1;
  patterns.forEach((pattern, index) => {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let to = state === 0 ? t.rootNext[c]! - 1 : childOf(t, state, c);
      if (to === -1) {
        to = count++;
        t.code[to] = c;
        t.nextSibling[to] = t.firstChild[state]!;
        t.firstChild[state] = to;
        if (state === 0) t.rootNext[c] = to + 1;
      }
      state = to;
    }
    if (pattern.length > 0) (t.ends[state] ??= []).push(index);
  });
  return t;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
/** Word characters among ASCII, by code: 1 for letters, digits and "_". */
const ASCII_WORD = new Uint8Array(0x80).map((_, c) => ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0));

function isWordCodeUnit(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return ASCII_WORD[code] === 1;
  // The modifier-letter apostrophe is a letter to Unicode but an apostrophe in "Ukraineʼs".
  if (code === 0x2bc) return false;
  // Read the whole code point when the unit is half of a surrogate pair.
  const cp = text.codePointAt(code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index)!;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/**
 * isWordCodeUnit for non-ASCII code units outside the surrogates, remembered: 0 not asked yet, 1 no, 2 yes. The
 * scan asks it of every character (ASCII inline), and for Cyrillic text the RegExp behind it would cost more
 * than the rest.
 */
const wordUnits = new Uint8Array(0x10000);

function isNonAsciiWordUnitAt(text: string, index: number, code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return isWordCodeUnit(text, index);
  let known = wordUnits[code]!;
  if (known === 0) wordUnits[code] = known = isWordCodeUnit(text, index) ? 2 : 1;
  return known === 2;
}

/** White space as the RegExp class \s has it. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `text` from `at` reads `phrase` (folded, its spaces standing for any white space), without allocating. */
function readsAt(text: string, at: number, phrase: string): boolean {
  if (at < 0 || at + phrase.length > text.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((isSpace(c) ? 32 : foldUnit(c)) !== phrase.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * The word `phrase` ends right before `start`, across white space or none (a phrase that ends in a hyphen is
 * joined to the mention: "Austria-Hungary"; one that ends in a letter cannot be, as a mention starts a word).
 */
function wordBefore(text: string, start: number, phrase: string): boolean {
  let i = start;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  const from = i - phrase.length;
  return readsAt(text, from, phrase) && !isWordCodeUnit(text, from - 1);
}

/** The word `phrase` starts right after `end`, across white space. */
function wordAfter(text: string, end: number, phrase: string): boolean {
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i > end && readsAt(text, i, phrase) && !isWordCodeUnit(text, i + phrase.length);
}

/** The text between `start` and `end` is `exact` once punctuation is folded (the case-sensitive aliases). */
function isExactly(text: string, start: number, end: number, exact: string): boolean {
  if (end - start !== exact.length) return false;
  for (let k = 0; k < exact.length; k++) if (foldPunctuationUnit(text.charCodeAt(start + k)) !== exact.charCodeAt(k)) return false;
  return true;
}

/**
 * Whether the words around a mention let this alias stand there (its end on a word boundary, case, notAfter,
 * notBefore). Its start is one already: the trie is walked only from places no word character precedes.
 */
function acceptable(text: string, start: number, end: number, alias: LexiconAlias): boolean {
  // Right before "$" it names a currency ("US$90 billion"), not the country.
  if (isWordCodeUnit(text, end) || text.charCodeAt(end) === 0x24) return false;
  if (alias.exact !== undefined && !isExactly(text, start, end, alias.exact)) return false;
  if (alias.notAfter?.some((w) => wordBefore(text, start, w))) return false;
  if (alias.notBefore?.some((w) => wordAfter(text, end, w))) return false;
  return true;
}

/**
 * One test for "some of these phrases occur in the context as whole words" (phrases and context folded alike):
 * a RegExp runs as native code, where looking for each of an alias's 20-odd phrases in turn was a fifth of the
 * time of a rescan. Word characters as in isWordCodeUnit (the folded context has no U+02BC left to treat apart).
 */
function wordsTest(phrases: readonly string[]): RegExp {
  const escaped = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}_])(?:${escaped.join('|')})(?![\\p{L}\\p{N}\\p{M}_])`, 'u');
}

/** What most text nodes hold: one shared empty answer rather than a new array for each. */
const NONE: readonly Mention[] = Object.freeze([]);

interface Candidate extends Mention {
  alias: LexiconAlias;
}

export function compileMatcher(lexicon: Lexicon): Matcher {
  const { aliases, entities } = lexicon;
  const { rootNext, firstChild, nextSibling, code, ends } = buildTrie(aliases.map((a) => a.folded));
  const rootSpan = rootNext.length;
  // Built on first use: most pages meet few of the ambiguous aliases. A list's words written with a capital
  // are looked for in the context with its case kept (most lists' words, so first), the others in the folded
  // context; each form of a context is made only when asked for.
  const contextTests = new Map<readonly string[], (RegExp | undefined)[]>();
  // The text nodes of one paragraph share its context: fold it once for all of them.
  let lastContext: string | undefined;
  const contexts: string[] = [];
  function contextHas(words: readonly string[], context: string): boolean {
    let tests = contextTests.get(words);
    if (!tests) {
      const lists = [words.filter(isCaseSensitiveWord), words.filter((w) => !isCaseSensitiveWord(w))];
      contextTests.set(words, (tests = lists.map((list) => (list.length ? wordsTest(list) : undefined))));
    }
    if (context !== lastContext) {
      lastContext = context;
      contexts.length = 0;
    }
    return tests.some((test, i) => test?.test((contexts[i] ??= (i ? foldText(context) : foldPunctuation(context)).replace(/\s+/g, ' '))));
  }

  /** The aliases found at the places where a mention may start; the scan's hot loop, kept small on purpose. */
  function candidatesIn(text: string): Candidate[] | undefined {
    let found: Candidate[] | undefined;
    const length = text.length;
    let afterWord = false;
    for (let i = 0; i < length; i++) {
      const first = text.charCodeAt(i);
      // Inline for ASCII: this runs for every character, much of it before V8 has optimised anything.
      const inWord = first < 0x80 ? ASCII_WORD[first] === 1 : isNonAsciiWordUnitAt(text, i, first);
      // Only where no word character comes before can a mention start: walk the trie from here.
      if (!afterWord) {
        let c = first < 0x80 ? (first >= 65 && first <= 90 ? first + 32 : first) : foldUnit(first);
        let state = c < rootSpan ? rootNext[c]! - 1 : -1;
        for (let j = i + 1; state !== -1; j++) {
          const matched = ends[state];
          if (matched) found = collect(text, i, j, matched, found);
          if (j >= length) break;
          c = text.charCodeAt(j);
          if (c < 0x80) {
            if (c >= 65 && c <= 90) c += 32;
          } else c = foldUnit(c);
          let to = firstChild[state]!;
          while (to !== -1 && code[to] !== c) to = nextSibling[to]!;
          state = to;
        }
      }
      afterWord = inWord;
    }
    return found;
  }

  /** Adds the aliases ending at a trie state that the words around them allow (rare next to the loop above). */
  function collect(text: string, start: number, end: number, matched: number[], found: Candidate[] | undefined): Candidate[] | undefined {
    for (const index of matched) {
      const alias = aliases[index]!;
      if (acceptable(text, start, end, alias)) (found ??= []).push({ start, end, entity: entities[alias.entity]!, alias });
    }
    return found;
  }

  return {
    find(text, context) {
      const found = candidatesIn(text);
      if (!found) return NONE;
      // Context is read only for readings that would win (most "Vilnius" stand inside "Vilnius summit"); a
      // winner whose context says no (none of its `requires` words, or one of its `unless` words) is dropped
      // and the selection made again without it.
      let rawContext: string | undefined;
      let candidates = found;
      for (;;) {
        const selected = selectLeftmostLongest(candidates);
        const rejected = selected.find(({ alias: { requires, unless } }) => {
          if (!requires && !unless) return false;
          rawContext ??= context ? context() : text;
          return (requires && !contextHas(requires, rawContext)) || (unless && contextHas(unless, rawContext));
        });
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
function selectLeftmostLongest<M extends Mention & { alias?: { requires?: unknown } }>(candidates: M[]): M[] {
  if (candidates.length < 2) return candidates;
  // Insertion sort: a text node has a handful of candidates, already nearly in order (they are found by start).
  const sorted = [...candidates];
  for (let i = 1; i < sorted.length; i++) {
    const m = sorted[i]!;
    let j = i - 1;
    while (j >= 0 && comesAfter(sorted[j]!, m)) {
      sorted[j + 1] = sorted[j]!;
      j--;
    }
    sorted[j + 1] = m;
  }
  const kept: M[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start >= lastEnd) {
      kept.push(m);
      lastEnd = m.end;
    }
  }
  return kept;
}

/** Order of preference: earlier start, then longer, then the reading chosen by context. */
function comesAfter(a: Mention & { alias?: { requires?: unknown } }, b: Mention & { alias?: { requires?: unknown } }): boolean {
  if (a.start !== b.start) return a.start > b.start;
  if (a.end !== b.end) return a.end < b.end;
  return a.alias?.requires === undefined && b.alias?.requires !== undefined;
}
