// The content script's side of the message protocol, apart from the browser glue so that tests can forge
// senders and send junk. Only our own extension's pages and worker can reach a content script at all; the
// checks below make that an explicit rule rather than an assumption.
import { ContentRequestSchema, fail, ok, parseMessage, type EntityCount, type Reply, type RevealedMention } from '../messages';
import type { StepDirection } from './mention-nav';

export interface ContentMessageDeps {
  extensionId: string;
  site: string;
  siteEnabled(): boolean;
  summary(): EntityCount[];
  revealMention(id: string, index: number): RevealedMention | null;
  step(direction: StepDirection): boolean;
}

export interface ContentSender {
  id?: string;
  tab?: unknown;
}

export function handleContentMessage(message: unknown, sender: ContentSender, deps: ContentMessageDeps): Reply<unknown> {
  if (sender.id !== deps.extensionId) return fail('message from another extension');
  const parsed = parseMessage(ContentRequestSchema, message);
  if (!parsed.ok) return fail(parsed.error);
  const request = parsed.value;
  switch (request.type) {
    case 'page/summary':
      return ok({ site: deps.site, enabled: deps.siteEnabled(), mentions: deps.summary() });
    case 'page/reveal':
      return ok(deps.revealMention(request.id, request.index ?? 0));
    case 'page/step-mention':
      // Sent by the worker on a keyboard shortcut; a message from a tab is not one of those.
      if (sender.tab !== undefined) return fail('page/step-mention comes from the extension, not a tab');
      return ok(deps.step(request.direction));
  }
}
