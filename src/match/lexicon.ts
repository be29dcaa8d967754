// The alias lexicon: everything the matcher needs and nothing more. It is generated from the knowledge base
// at build time (virtual:lexicon) so that the content script never carries entry bodies, and it is already
// folded (fold.ts) so that a page load spends no time on it before building the automaton.
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
  /** Folded words: not a mention right after one of these ("chicken Kiev"). */
  notAfter?: string[];
  /** Folded words: not a mention right before one of these. */
  notBefore?: string[];
}

export interface AliasSpec {
  text: string;
  caseSensitive: boolean;
  requires?: string[];
  notAfter?: string[];
  notBefore?: string[];
}

const foldWords = (words: string[] | undefined) => words && [...new Set(words.map((w) => foldText(w).replace(/\s+/g, ' ')))];

/**
 * A context word written with a capital letter is compared with its case: NATO's "Allies" and "Alliance" name
 * the alliance, where a history's "allies" and "alliance" may be anyone's; proper names keep their capital too.
 */
export function isCaseSensitiveWord(word: string): boolean {
  return word !== word.toLowerCase();
}

/** Context words as the matcher compares them: folded, or with only punctuation folded where case counts. */
const contextWords = (words: string[]) =>
  [...new Set(words.map((w) => (isCaseSensitiveWord(w) ? foldPunctuation(w) : foldText(w)).replace(/\s+/g, ' ')))];

/** The lexicon form of one alias. */
export function lexiconAlias(entity: number, spec: AliasSpec): LexiconAlias {
  const alias: LexiconAlias = { folded: foldText(spec.text), entity };
  if (spec.caseSensitive) alias.exact = foldPunctuation(spec.text);
  if (spec.requires) alias.requires = contextWords(spec.requires);
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
 * The lexicon as the content script carries it: aliases grouped by entity, a plain alias as just its folded
 * text, and the context word lists stored once (many aliases share one) and referred to by index. The
 * content script is 0.5 KB gzip smaller with it than with the plain form, whose repeated field names gzip
 * cannot quite remove.
 */
export interface PackedLexicon {
  entities: string[];
  types?: string[];
  /** Distinct context word lists. */
  words: string[][];
  /** By entity index: each alias's folded text, with its conditions when it has any. */
  aliases: (string | [folded: string, conditions: PackedConditions])[][];
}

interface PackedConditions {
  exact?: string;
  /** Indexes into `PackedLexicon.words`. */
  requires?: number;
  notAfter?: number;
  notBefore?: number;
}

const WORD_FIELDS = ['requires', 'notAfter', 'notBefore'] as const;

export function packLexicon({ entities, types, aliases }: Lexicon): PackedLexicon {
  const words: string[][] = [];
  const wordIndex = new Map<string, number>();
  const byEntity: PackedLexicon['aliases'] = entities.map(() => []);
  for (const alias of aliases) {
    const conditions: PackedConditions = {};
    if (alias.exact !== undefined) conditions.exact = alias.exact;
    for (const field of WORD_FIELDS) {
      const list = alias[field];
      if (!list) continue;
      const key = JSON.stringify(list);
      if (!wordIndex.has(key)) wordIndex.set(key, words.push(list) - 1);
      conditions[field] = wordIndex.get(key);
    }
    const group = byEntity[alias.entity];
    if (!group) throw new Error(`lexicon: alias "${alias.folded}" names entity ${alias.entity}, which does not exist`);
    group.push(Object.keys(conditions).length ? [alias.folded, conditions] : alias.folded);
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
      const [folded, { exact, ...lists }] = item;
      const alias: LexiconAlias = { folded, entity };
      if (exact !== undefined) alias.exact = exact;
      for (const field of WORD_FIELDS) {
        const index = lists[field];
        if (index !== undefined) alias[field] = words[index];
      }
      out.push(alias);
    }
  });
  return { entities, ...(types && { types }), aliases: out };
}
