// `npm run --silent scan -- <file.html|file.txt>`: prints the mentions the extension would find, as a JSON
// array of {start, end, surface, entity, wikipedia}. Offsets are into the file's text for .txt, and for .html
// into the text of the body's text nodes that the content script reads, in document order. The matcher, the
// skip rules and the context rules are the content script's own code.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { indexById, KnowledgeBaseError, loadKnowledgeBase } from '../src/kb';
import { buildLexicon } from '../src/kb/lexicon';
import { compileMatcher, type Mention } from '../src/match/matcher';
import { documentMentions } from '../src/page/page-text';

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run --silent scan -- <file.html|file.txt>`);
  process.exit(2);
}

const file = process.argv[2] ?? usage('No file given.');
let source: string;
try {
  source = readFileSync(file, 'utf8');
} catch (error) {
  usage(`Cannot read ${file}: ${(error as Error).message}`);
}

let entries;
try {
  entries = loadKnowledgeBase();
} catch (error) {
  if (error instanceof KnowledgeBaseError) usage(error.message);
  throw error;
}
const byId = indexById(entries);
const matcher = compileMatcher(buildLexicon(entries));

let mentions: (Mention & { surface: string })[];
if (['.html', '.htm', '.xhtml'].includes(extname(file).toLowerCase())) {
  // No scripts, styles or subresources: only the parsed document is needed.
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  window.document.write(source);
  // happy-dom's types differ from lib.dom's in details this code does not use.
  mentions = documentMentions(window.document.body as unknown as Node, matcher);
  await window.happyDOM.close();
} else {
  mentions = matcher.find(source).map((m) => ({ ...m, surface: source.slice(m.start, m.end) }));
}

const out = mentions.map(({ start, end, surface, entity }) => ({ start, end, surface, entity, wikipedia: byId.get(entity)!.wikipedia }));
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
