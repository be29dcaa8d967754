// The alias lexicon: everything the matcher needs and nothing more. It is generated from the knowledge base
// at build time (virtual:lexicon) so that content scripts never see entry bodies (they read it from storage:
// lexicon-store.ts), and it is already folded (fold.ts) so that a page load spends no time on it before
// building the automaton.
import { foldPunctuation, foldText } from './fold';

export interface LexiconAlias {
  /** The alias, folded: what the automaton matches. */
  folded: string;
  /** Index into `Lexicon.entities`. */
  entity: number;
  /**
   * Present when letter case must match (NATO, not "nato"): the alias with only punctuation folded, compared
   * with the page text's words.
   */
  exact?: string;
  /**
   * Words of which one must appear in the surrounding text (the alias is ambiguous without them): folded,
   * except a word written with a capital, which keeps its case and must appear so (isCaseSensitiveWord).
   */
  requires?: string[];
  /** Words (as `requires` has them) of which none may appear in the surrounding text. */
  unless?: string[];
  /** Folded words: not a mention right after one of these ("chicken Kiev"). */
  notAfter?: string[];
  /** Folded words: not a mention right before one of these. */
  notBefore?: string[];
}

export interface AliasSpec {
  text: string;
  caseSensitive: boolean;
  requires?: string[];
  unless?: string[];
  notAfter?: string[];
  notBefore?: string[];
}

/** Words as the matcher compares them, each once: folded by `fold`, white space as single spaces. */
const foldWords = (words: string[], fold: (word: string) => string = foldText) => [...new Set(words.map((w) => fold(w).replace(/\s+/g, ' ')))];

/**
 * A context word written with a capital letter is compared with its case: NATO's "Allies" and "Alliance" name
 * the alliance, where a history's "allies" and "alliance" may be anyone's; proper names keep their capital too.
 */
export function isCaseSensitiveWord(word: string): boolean {
  return word !== word.toLowerCase();
}

/** Context words: folded, or with only punctuation folded where case counts. */
const foldContextWord = (word: string) => (isCaseSensitiveWord(word) ? foldPunctuation(word) : foldText(word));

/** The lexicon form of one alias. */
export function lexiconAlias(entity: number, spec: AliasSpec): LexiconAlias {
  const alias: LexiconAlias = { folded: foldText(spec.text), entity };
  if (spec.caseSensitive) alias.exact = foldPunctuation(spec.text);
  if (spec.requires) alias.requires = foldWords(spec.requires, foldContextWord);
  if (spec.unless) alias.unless = foldWords(spec.unless, foldContextWord);
  if (spec.notAfter) alias.notAfter = foldWords(spec.notAfter);
  if (spec.notBefore) alias.notBefore = foldWords(spec.notBefore);
  return alias;
}

export interface Lexicon {
  /** Entry ids, referenced by index to keep the lexicon small. */
  entities: string[];
  /** Each entity's kind (the entry's type), by the same index: the settings can leave kinds unmarked. */
  types?: string[];
  aliases: LexiconAlias[];
}

/** Acronyms (every letter a capital, at least two letters) match case-sensitively unless an alias says otherwise. */
export function isAcronym(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && letters.every((l) => l === l.toUpperCase() && l !== l.toLowerCase());
}

/**
 * The lexicon as it is stored and read by every content script: aliases grouped by entity, a plain alias as
 * just its folded text, and the context word lists stored once (many aliases share one) and referred to by
 * index. As JSON it is 16 KB against 42 KB for the plain form (27 November): less to store, clone and read.
 */
export interface PackedLexicon {
  entities: string[];
  types?: string[];
  /** Distinct context word lists. */
  words: string[][];
  /** By entity index: each alias's folded text, or a PackedAlias when it has conditions. */
  aliases: (string | PackedAlias)[][];
}

/**
 * An alias with conditions, by position, with no field names to repeat: its text, then 1 when letter case must
 * match (the text is then the alias with only punctuation folded, and its folded form is derived from it),
 * then its requires, notAfter, notBefore and unless lists as indexes into `PackedLexicon.words` plus one
 * (0: none).
 * Trailing zeros are left out.
 */
type PackedAlias = [text: string, ...conditions: number[]];

const WORD_FIELDS = ['requires', 'notAfter', 'notBefore', 'unless'] as const;

export function packLexicon({ entities, types, aliases }: Lexicon): PackedLexicon {
  const words: string[][] = [];
  const wordIndex = new Map<string, number>();
  const byEntity: PackedLexicon['aliases'] = entities.map(() => []);
  for (const alias of aliases) {
    const { folded, exact } = alias;
    if (exact !== undefined && foldText(exact) !== folded) throw new Error(`lexicon: alias "${folded}" does not fold from its exact form "${exact}"`);
    const conditions = [exact === undefined ? 0 : 1];
    for (const field of WORD_FIELDS) {
      const list = alias[field];
      const key = JSON.stringify(list);
      if (list && !wordIndex.has(key)) wordIndex.set(key, words.push(list) - 1);
      conditions.push(list ? wordIndex.get(key)! + 1 : 0);
    }
    while (conditions.at(-1) === 0) conditions.pop();
    const group = byEntity[alias.entity];
    if (!group) throw new Error(`lexicon: alias "${folded}" names entity ${alias.entity}, which does not exist`);
    group.push(conditions.length ? [exact ?? folded, ...conditions] : folded);
  }
  return { entities, ...(types && { types }), words, aliases: byEntity };
}

/** Back to the form the matcher compiles; aliases come out grouped by entity. */
export function unpackLexicon({ entities, types, words, aliases }: PackedLexicon): Lexicon {
  const out: LexiconAlias[] = [];
  aliases.forEach((group, entity) => {
    for (const item of group) {
      if (typeof item === 'string') {
        out.push({ folded: item, entity });
        continue;
      }
      const [text, cased, ...lists] = item;
      const alias: LexiconAlias = { folded: cased ? foldText(text) : text, entity };
      if (cased) alias.exact = text;
      WORD_FIELDS.forEach((field, k) => {
        if (lists[k]) alias[field] = words[lists[k] - 1];
      });
      out.push(alias);
    }
  });
  return { entities, ...(types && { types }), aliases: out };
}
