import { describe, expect, it } from 'vitest';
import { indexById, loadKnowledgeBase } from '../../../src/kb';
import type { Briefing } from '../../../src/kb/briefing';
import type { Entry } from '../../../src/kb/schema';
import { handleWorkerMessage, type WorkerDeps } from '../../../src/worker/handlers';
import { sampleEntries, sampleEntry } from '../kb/sample-entries';

const deps: WorkerDeps = {
  extensionId: 'our-id',
  lexicon: { entities: [], words: [], aliases: [] },
  storeLexicon: async () => undefined,
  entries: indexById(
    loadKnowledgeBase([
      ...sampleEntries,
      sampleEntry({ id: 'summit', type: 'event', facts: [{ label: 'Dates', value: 'July 2023', date: '2023-07-11', source: 's' }] }),
    ]),
  ),
  setBadge: async () => {},
};
const popup = { id: 'our-id', url: 'chrome-extension://our-id/src/popup/index.html' };

describe('the worker answers the popup', () => {
  it('searches the whole knowledge base', async () => {
    const reply = await handleWorkerMessage<Entry[]>({ type: 'kb/search', query: 'Kiev' }, popup, deps);
    expect(reply.ok && reply.value.map((e) => e.id)).toEqual(['kyiv']);
    const none = await handleWorkerMessage<Entry[]>({ type: 'kb/search', query: '' }, popup, deps);
    expect(none).toEqual({ ok: true, value: [] });
  });

  it('briefs on the page’s topic, or answers null for a page without known mentions', async () => {
    const reply = await handleWorkerMessage<Briefing | null>(
      { type: 'kb/briefing', mentions: [{ id: 'nato', count: 3 }, { id: 'summit', count: 1 }] },
      popup,
      deps,
    );
    expect(reply.ok && reply.value?.topic.id).toBe('summit');
    expect(reply.ok && reply.value?.points).toEqual([{ label: 'Dates', value: 'July 2023', date: '2023-07-11' }]);
    expect(await handleWorkerMessage({ type: 'kb/briefing', mentions: [] }, popup, deps)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['a query that is not text', { type: 'kb/search', query: 42 }, /malformed message at "query"/],
    ['an endless query', { type: 'kb/search', query: 'x'.repeat(101) }, /malformed message at "query"/],
    ['a count of zero', { type: 'kb/briefing', mentions: [{ id: 'nato', count: 0 }] }, /malformed message at "mentions.0.count"/],
    ['a fractional count', { type: 'kb/briefing', mentions: [{ id: 'nato', count: 1.5 }] }, /malformed message/],
    ['a hostile id', { type: 'kb/briefing', mentions: [{ id: '../../x', count: 1 }] }, /malformed message at "mentions.0.id"/],
    ['extra fields', { type: 'kb/search', query: 'a', all: true }, /malformed message/],
  ])('refuses %s with a clear error', async (_name, message, error) => {
    const reply = await handleWorkerMessage(message, popup, deps);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(error);
  });

  it('refuses queries from another extension', async () => {
    const reply = await handleWorkerMessage({ type: 'kb/search', query: 'nato' }, { id: 'evil' }, deps);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/another extension/) });
  });
});
