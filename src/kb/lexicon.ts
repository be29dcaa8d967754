// Builds the matcher's lexicon from validated entries. Runs at build time (vite.config.ts) and in the CLI.
import { isAcronym, lexiconAlias, type Lexicon } from '../match/lexicon';
import type { Entry } from './schema';

export function buildLexicon(entries: readonly Entry[]): Lexicon {
  const lexicon: Lexicon = { entities: [], aliases: [] };
  const types: string[] = (lexicon.types = []);
  entries.forEach((entry, index) => {
    lexicon.entities.push(entry.id);
    types.push(entry.type);
    for (const alias of entry.aliases) {
      lexicon.aliases.push(
        lexiconAlias(index, {
          text: alias.text,
          caseSensitive: alias.caseSensitive ?? isAcronym(alias.text),
          ...alias.context,
        }),
      );
    }
  });
  return lexicon;
}
