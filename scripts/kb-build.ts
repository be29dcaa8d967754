// Validates the knowledge base and writes the lexicon, packed (.generated/lexicon.json), with the id that tells
// this build's lexicon from any other (.generated/lexicon-id.json). Runs before every build; exits non-zero
// naming the entry and field of every problem.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeBaseError, loadKnowledgeBase } from '../src/kb';
import { buildLexicon } from '../src/kb/lexicon';
import { packLexicon } from '../src/match/lexicon';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../.generated/lexicon.json');
const idFile = resolve(dirname(file), 'lexicon-id.json');
try {
  const entries = loadKnowledgeBase();
  const lexicon = buildLexicon(entries);
  mkdirSync(dirname(file), { recursive: true });
  const json = JSON.stringify(packLexicon(lexicon));
  writeFileSync(file, json);
  writeFileSync(idFile, JSON.stringify({ id: createHash('sha256').update(json).digest('hex').slice(0, 16) }));
  console.log(`knowledge base: ${entries.length} entries, ${lexicon.aliases.length} aliases → ${file}`);
} catch (error) {
  if (!(error instanceof KnowledgeBaseError)) throw error;
  console.error(error.message);
  process.exit(1);
}
