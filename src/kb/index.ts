// The validated knowledge base and its indexes. Imported by the background worker, the CLI and the build;
// never by the content script (it gets the lexicon only).
import { allEntries } from './entries';
import type { Entry } from './schema';
import { formatProblem, validateEntries } from './validate';

export class KnowledgeBaseError extends Error {}

/** Validates the entries; throws one error listing every problem (entry and field) when any is invalid. */
export function loadKnowledgeBase(raw: readonly unknown[] = allEntries): Entry[] {
  const result = validateEntries(raw);
  if (!result.ok) {
    throw new KnowledgeBaseError(
      `The knowledge base has ${result.problems.length} problem(s):\n` +
        result.problems.map((p) => '  ' + formatProblem(p)).join('\n'),
    );
  }
  return result.entries;
}

export function indexById(entries: readonly Entry[]): Map<string, Entry> {
  return new Map(entries.map((e) => [e.id, e]));
}
