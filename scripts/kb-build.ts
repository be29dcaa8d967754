// Validates the knowledge base and writes the content script's lexicon, packed (.generated/lexicon.json).
// Runs before every build; exits non-zero naming the entry and field of every problem.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeBaseError, loadKnowledgeBase } from '../src/kb';
import { buildLexicon } from '../src/kb/lexicon';
import { packLexicon } from '../src/match/lexicon';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../.generated/lexicon.json');
try {
  const entries = loadKnowledgeBase();
  const lexicon = buildLexicon(entries);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(packLexicon(lexicon)));
  console.log(`knowledge base: ${entries.length} entries, ${lexicon.aliases.length} aliases → ${file}`);
} catch (error) {
  if (!(error instanceof KnowledgeBaseError)) throw error;
  console.error(error.message);
  process.exit(1);
}
