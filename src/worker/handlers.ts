// The background worker's message handling, apart from the browser glue so that tests can hand in fakes.
import { briefingFor } from '../kb/briefing';
import type { Entry } from '../kb/schema';
import { buildSearchIndex, searchEntries, type SearchIndex } from '../kb/search';
import type { PackedLexicon } from '../match/lexicon';
import { fail, ok, parseMessage, WorkerRequestSchema, type Reply, type WorkerReplies } from '../messages';

export interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

export interface WorkerDeps {
  extensionId: string;
  entries: ReadonlyMap<string, Entry>;
  lexicon: PackedLexicon;
  /** Puts the lexicon where content scripts read it. */
  storeLexicon(): Promise<void>;
  setBadge(tabId: number, text: string): Promise<void>;
}

function pick(entries: ReadonlyMap<string, Entry>, ids: readonly string[]): Entry[] {
  return ids.flatMap((id) => entries.get(id) ?? []);
}

/** Built on the first search, once per knowledge base. */
const searchIndexes = new WeakMap<ReadonlyMap<string, Entry>, SearchIndex>();
function searchIndexOf(entries: ReadonlyMap<string, Entry>): SearchIndex {
  let index = searchIndexes.get(entries);
  if (!index) searchIndexes.set(entries, (index = buildSearchIndex([...entries.values()])));
  return index;
}

/**
 * Answers one message. `T` is the reply type of the message the caller sent (WorkerReplies), as with `unwrap`:
 * the message is unknown until parsed, so the type cannot follow from it.
 */
export async function handleWorkerMessage<T = Entry[]>(message: unknown, sender: Sender, deps: WorkerDeps): Promise<Reply<T>> {
  return (await respond(message, sender, deps)) as Reply<T>;
}

async function respond(message: unknown, sender: Sender, deps: WorkerDeps): Promise<Reply<WorkerReplies[keyof WorkerReplies]>> {
  if (sender.id !== deps.extensionId) return fail('message from another extension or a page');
  const parsed = parseMessage(WorkerRequestSchema, message);
  if (!parsed.ok) return fail(parsed.error);
  const request = parsed.value;
  switch (request.type) {
    case 'mentions/found': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return fail('mentions/found comes from a content script in a tab');
      const entries = pick(deps.entries, request.ids);
      // The badge counts the top frame's distinct entities.
      if (sender.frameId === 0) {
        await deps.setBadge(tabId, entries.length > 0 ? String(entries.length) : '').catch(() => undefined); // the tab may be gone
      }
      return ok(entries);
    }
    case 'entries/get':
      return ok(pick(deps.entries, request.ids));
    case 'kb/search':
      return ok(searchEntries(searchIndexOf(deps.entries), request.query));
    case 'kb/briefing':
      return ok(briefingFor(request.mentions, deps.entries));
    case 'lexicon/get':
      // The stored copy was missing or not this build's: store it again for the pages that come next.
      await deps.storeLexicon().catch(() => undefined);
      return ok(deps.lexicon);
  }
}
