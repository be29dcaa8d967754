import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/kb';
import { buildLexicon } from '../../src/kb/lexicon';
import { loadLexicon, type StoredLexicon } from '../../src/lexicon-store';
import { packLexicon } from '../../src/match/lexicon';
import { sampleEntries } from './kb/sample-entries';

const lexicon = buildLexicon(loadKnowledgeBase(sampleEntries));
const packed = packLexicon(lexicon);
const other = packLexicon({ entities: ['x'], aliases: [{ folded: 'x', entity: 0 }] });

/** Sources whose stored value is `stored`, counting the worker's answers. */
function sources(stored: () => unknown) {
  const asked = { count: 0 };
  return {
    asked,
    readStored: async () => stored(),
    askWorker: async () => {
      asked.count++;
      return packed;
    },
  };
}

describe('the lexicon a content script uses', () => {
  it("is the stored copy when it is this build's, without asking the worker", async () => {
    const s = sources(() => ({ id: 'build-1', packed } satisfies StoredLexicon));
    expect(await loadLexicon('build-1', s)).toEqual(lexicon);
    expect(s.asked.count).toBe(0);
  });

  it.each([
    ['missing', () => undefined],
    ["another build's", () => ({ id: 'build-0', packed: other })],
    ['not a record', () => 'lexicon'],
    ['broken', () => ({ id: 'build-1', packed: { entities: 1, words: [], aliases: [7] } })],
    ['unreadable', () => {
      throw new Error('storage is gone');
    }],
  ])("is the worker's when the stored copy is %s", async (_name, stored) => {
    const s = sources(stored);
    expect(await loadLexicon('build-1', s)).toEqual(lexicon);
    expect(s.asked.count).toBe(1);
  });

  it('fails with the reason when the worker cannot answer either', async () => {
    const s = { readStored: async () => undefined, askWorker: async () => Promise.reject(new Error('no reply')) };
    await expect(loadLexicon('build-1', s)).rejects.toThrow('no reply');
  });
});
