import { describe, expect, it } from 'vitest';
import { indexById, loadKnowledgeBase } from '../../../src/kb';
import { buildLexicon } from '../../../src/kb/lexicon';
import { packLexicon, type PackedLexicon } from '../../../src/match/lexicon';
import { handleWorkerMessage, type WorkerDeps } from '../../../src/worker/handlers';
import { sampleEntries } from '../kb/sample-entries';

function deps(): WorkerDeps & { badges: [number, string][]; stores: number } {
  const badges: [number, string][] = [];
  const d: WorkerDeps & { badges: [number, string][]; stores: number } = {
    extensionId: 'our-id',
    entries: indexById(loadKnowledgeBase(sampleEntries)),
    lexicon: packLexicon(buildLexicon(loadKnowledgeBase(sampleEntries))),
    stores: 0,
    storeLexicon: async () => {
      d.stores++;
    },
    badges,
    setBadge: async (tabId, text) => {
      badges.push([tabId, text]);
    },
  };
  return d;
}
const contentScript = { id: 'our-id', tab: { id: 7 }, frameId: 0 };

describe('worker message handling', () => {
  it('answers mentions/found with the entries and sets the badge to the distinct count', async () => {
    const d = deps();
    const reply = await handleWorkerMessage({ type: 'mentions/found', ids: ['nato', 'kyiv', 'unknown-id'] }, contentScript, d);
    expect(reply.ok && reply.value.map((e) => e.id)).toEqual(['nato', 'kyiv']);
    expect(d.badges).toEqual([[7, '2']]);
    await handleWorkerMessage({ type: 'mentions/found', ids: [] }, contentScript, d);
    expect(d.badges.at(-1)).toEqual([7, '']);
  });

  it('does not let a sub-frame set the tab badge', async () => {
    const d = deps();
    await handleWorkerMessage({ type: 'mentions/found', ids: ['nato'] }, { ...contentScript, frameId: 3 }, d);
    expect(d.badges).toEqual([]);
  });

  it('answers entries/get from the popup', async () => {
    const reply = await handleWorkerMessage({ type: 'entries/get', ids: ['vilnius'] }, { id: 'our-id' }, deps());
    expect(reply.ok && reply.value[0]?.name).toBe('vilnius');
  });

  it('answers lexicon/get from a content script with the lexicon, and stores it again for the next pages', async () => {
    const d = deps();
    const reply = await handleWorkerMessage<PackedLexicon>({ type: 'lexicon/get' }, contentScript, d);
    expect(reply.ok && reply.value).toBe(d.lexicon);
    expect(d.stores).toBe(1);
    const refused = await handleWorkerMessage({ type: 'lexicon/get' }, { ...contentScript, id: 'evil' }, d);
    expect(refused.ok).toBe(false);
    expect(d.stores).toBe(1);
  });

  it.each([
    ['another extension', { type: 'entries/get', ids: [] }, { id: 'evil' }, /another extension/],
    ['no sender id', { type: 'entries/get', ids: [] }, {}, /another extension/],
    ['unknown type', { type: 'kb/drop-all' }, { id: 'our-id' }, /malformed message/],
    ['junk', 'hello', { id: 'our-id' }, /malformed message/],
    ['extra field', { type: 'entries/get', ids: [], admin: true }, { id: 'our-id' }, /malformed message/],
    ['bad id', { type: 'entries/get', ids: ['<script>'] }, { id: 'our-id' }, /malformed message at "ids.0"/],
    ['found without a tab', { type: 'mentions/found', ids: [] }, { id: 'our-id' }, /content script/],
  ])('refuses %s with a clear error and changes nothing', async (_name, message, sender, error) => {
    const d = deps();
    const reply = await handleWorkerMessage(message, sender, d);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(error);
    expect(d.badges).toEqual([]);
  });
});
