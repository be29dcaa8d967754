// The alias lexicon: everything the matcher needs and nothing more. It is generated from the knowledge base
// at build time (virtual:lexicon) so that the content script never carries entry bodies.

export interface LexiconAlias {
  /** The alias as written in the knowledge base. */
  text: string;
  /** Index into `Lexicon.entities`. */
  entity: number;
  /** When true the letter case of the page text must equal the alias's (NATO, not "nato"). */
  caseSensitive: boolean;
  /** Words that must appear in the surrounding text (the alias is ambiguous without them). */
  requires?: string[];
  /** Not a mention right after one of these words ("chicken Kiev"). */
  notAfter?: string[];
  /** Not a mention right before one of these words. */
  notBefore?: string[];
}

export interface Lexicon {
  /** Entry ids, referenced by index to keep the lexicon small. */
  entities: string[];
  aliases: LexiconAlias[];
}

/** Acronyms (every letter a capital, at least two letters) match case-sensitively unless an alias says otherwise. */
export function isAcronym(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && letters.every((l) => l === l.toUpperCase() && l !== l.toLowerCase());
}
