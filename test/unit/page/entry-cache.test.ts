import { describe, expect, it, vi } from 'vitest';
import { loadKnowledgeBase } from '../../../src/kb';
import { EntryCache } from '../../../src/page/entry-cache';
import { sampleEntries } from '../kb/sample-entries';

const kb = loadKnowledgeBase(sampleEntries);
const byIds = (ids: string[]) => kb.filter((e) => ids.includes(e.id));

describe('EntryCache', () => {
  it('fetches only what it lacks, once, even when asked twice at the same time', async () => {
    const fetch = vi.fn(async (ids: string[]) => byIds(ids));
    const cache = new EntryCache(fetch);
    cache.add(byIds(['nato']));
    const [first, second] = await Promise.all([cache.request(['nato', 'kyiv', 'vilnius']), cache.request(['kyiv'])]);
    expect(fetch).toHaveBeenCalledExactlyOnceWith(['kyiv', 'vilnius']);
    expect([first, second]).toEqual([true, false]);
    expect(cache.get('kyiv')?.id).toBe('kyiv');
    expect(await cache.request(['kyiv', 'vilnius'])).toBe(false);
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('survives a failed request and can ask again', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error('worker restarting')).mockImplementation(async (ids: string[]) => byIds(ids));
    const cache = new EntryCache(fetch);
    expect(await cache.request(['kyiv'])).toBe(false);
    expect(cache.get('kyiv')).toBeUndefined();
    expect(await cache.request(['kyiv'])).toBe(true);
    expect(cache.get('kyiv')?.id).toBe('kyiv');
  });

  it('reports nothing new when the worker knows none of the ids', async () => {
    const cache = new EntryCache(async () => []);
    expect(await cache.request(['no-such-entry'])).toBe(false);
  });
});
