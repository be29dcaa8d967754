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
  /** Folded words of which one must appear in the surrounding text (the alias is ambiguous without them). */
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

const foldWords = (words: string[] | undefined) => words?.map((w) => foldText(w).replace(/\s+/g, ' '));

/** The lexicon form of one alias. */
export function lexiconAlias(entity: number, spec: AliasSpec): LexiconAlias {
  const alias: LexiconAlias = { folded: foldText(spec.text), entity };
  if (spec.caseSensitive) alias.exact = foldPunctuation(spec.text);
  if (spec.requires) alias.requires = foldWords(spec.requires);
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
