// The background worker's message handling, apart from the browser glue so that tests can hand in fakes.
import type { Entry } from '../kb/schema';
import { fail, ok, parseMessage, WorkerRequestSchema, type Reply } from '../messages';

export interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

export interface WorkerDeps {
  extensionId: string;
  entries: ReadonlyMap<string, Entry>;
  setBadge(tabId: number, text: string): Promise<void>;
}

function pick(entries: ReadonlyMap<string, Entry>, ids: readonly string[]): Entry[] {
  return ids.flatMap((id) => entries.get(id) ?? []);
}

export async function handleWorkerMessage(message: unknown, sender: Sender, deps: WorkerDeps): Promise<Reply<Entry[]>> {
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
  }
}
