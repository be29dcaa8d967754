// @vitest-environment happy-dom
// The card session's side effects: what the card host is asked to show, when, and what happens when a card
// opens before its entry arrived. The host is a recorder here; the real one is tested in Chromium (test/e2e).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadKnowledgeBase } from '../../../src/kb';
import type { Entry } from '../../../src/kb/schema';
import { GRACE_MS, HOVER_DELAY_MS } from '../../../src/page/card-machine';
import type { CardContent, CardHostEvents } from '../../../src/page/card-host';
import { CardSession, PREPARE_AFTER_MS, type CardView } from '../../../src/page/card-session';
import { EntryCache } from '../../../src/page/entry-cache';
import type { PageMention } from '../../../src/page/mention-store';
import { sampleEntries } from '../kb/sample-entries';

const kb = loadKnowledgeBase(sampleEntries);
const byId = (id: string) => kb.find((e) => e.id === id)!;

function mentionOf(entity: string): PageMention {
  const node = document.createTextNode(entity);
  document.body.append(node);
  const range = document.createRange();
  range.selectNodeContents(node);
  return { start: 0, end: entity.length, entity, node, range };
}

function setup({ cached = [] as Entry[], fetchPageEntries = async (): Promise<Entry[]> => [] } = {}) {
  const calls: string[] = [];
  const shown: (CardContent & { focus?: boolean })[] = [];
  let events: CardHostEvents | undefined;
  // Like the real host, it holds a readied card until that card is shown, hidden or dropped.
  let readied = false;
  const host: CardView = {
    prepare: (_anchor, content) => void ((readied = true), calls.push(`prepare ${content.key}`)),
    dropPrepared: () => void (readied && ((readied = false), calls.push('drop'))),
    show: (_anchor, content, focus) => void ((readied = false), calls.push('show'), shown.push({ ...content, focus })),
    update: (content) => void (calls.push('update'), shown.push(content)),
    refresh: () => void calls.push('refresh'),
    hide: (restoreFocus) => void ((readied = false), calls.push(`hide${restoreFocus ? ' and restore focus' : ''}`)),
    destroy: () => void calls.push('destroy'),
    contains: () => false,
  };
  const active: (AbstractRange | null)[] = [];
  const entries = new EntryCache(async (ids) => kb.filter((e) => ids.includes(e.id)));
  entries.add(cached);
  const session = new CardSession({
    entries,
    marker: { setActive: (r) => void active.push(r) },
    fetchPageEntries,
    createHost: (e) => ((events = e), host),
  });
  return { session, calls, shown, active, events: () => events! };
}

describe('card session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the cached entry on a click, with focus in it, and tints the mention; Escape hides it and gives focus back', () => {
    const { session, calls, shown, active } = setup({ cached: [byId('nato')] });
    const nato = mentionOf('nato');
    session.dispatch({ type: 'click-mention', mention: nato });
    expect(shown).toEqual([{ key: '0', entry: byId('nato'), focus: true }]);
    expect(active).toEqual([nato.range]);
    expect(session.shownMention).toBe(nato);
    session.dispatch({ type: 'escape' });
    expect(calls).toEqual(['show', 'hide and restore focus']);
    expect(active.at(-1)).toBeNull();
    expect(session.active).toBe(false);
  });

  it('opens on hover only after the delay, and closes after the grace period once the pointer left', () => {
    const { session, calls } = setup({ cached: [byId('nato')] });
    session.dispatch({ type: 'enter-mention', mention: mentionOf('nato') });
    expect(session.pending).toBe(true);
    vi.advanceTimersByTime(HOVER_DELAY_MS - 1);
    expect(calls).toEqual(['prepare 0']); // readied out of sight, not shown
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['prepare 0', 'show']);
    session.dispatch({ type: 'leave-mention' });
    vi.advanceTimersByTime(GRACE_MS);
    expect(calls).toEqual(['prepare 0', 'show', 'hide']);
  });

  it('readies the card of a mention the pointer rests on, and drops it when the hover ends without opening', () => {
    const { session, calls, shown } = setup({ cached: [byId('nato'), byId('vilnius')] });
    const nato = mentionOf('nato');
    const vilnius = mentionOf('vilnius');
    // Sweeping over a mention readies nothing.
    session.dispatch({ type: 'enter-mention', mention: nato });
    vi.advanceTimersByTime(PREPARE_AFTER_MS - 1);
    session.dispatch({ type: 'leave-mention' });
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(calls).toEqual([]);
    // Resting readies it; moving on to another mention drops it and readies that one's.
    session.dispatch({ type: 'enter-mention', mention: nato });
    vi.advanceTimersByTime(PREPARE_AFTER_MS);
    expect(calls).toEqual(['prepare 0']);
    session.dispatch({ type: 'enter-mention', mention: vilnius });
    expect(calls).toEqual(['prepare 0', 'drop']);
    vi.advanceTimersByTime(PREPARE_AFTER_MS);
    expect(calls).toEqual(['prepare 0', 'drop', 'prepare 1']);
    // Escape while waiting drops it too, once.
    session.dispatch({ type: 'escape' });
    session.dispatch({ type: 'escape' });
    expect(calls).toEqual(['prepare 0', 'drop', 'prepare 1', 'drop']);
    // A click on a readied mention shows that card, with focus, and drops nothing first.
    session.dispatch({ type: 'enter-mention', mention: nato });
    vi.advanceTimersByTime(PREPARE_AFTER_MS);
    session.dispatch({ type: 'click-mention', mention: nato });
    expect(calls.slice(4)).toEqual(['prepare 0', 'show']);
    expect(shown.at(-1)).toEqual({ key: '0', entry: byId('nato'), focus: true });
  });

  it('readies nothing for a mention whose entry has not arrived', () => {
    const { session, calls } = setup();
    session.dispatch({ type: 'enter-mention', mention: mentionOf('nato') });
    vi.advanceTimersByTime(PREPARE_AFTER_MS * 2);
    session.dispatch({ type: 'leave-mention' });
    expect(calls).toEqual([]);
  });

  it('gives the same mention the same key, and another mention another', () => {
    const { session, shown } = setup({ cached: [byId('nato'), byId('vilnius')] });
    const nato = mentionOf('nato');
    session.dispatch({ type: 'open', mention: nato });
    session.dispatch({ type: 'open', mention: mentionOf('vilnius') });
    session.dispatch({ type: 'open', mention: nato });
    expect(shown.map((s) => [s.key, s.entry?.id, s.focus])).toEqual([
      ['0', 'nato', true],
      ['1', 'vilnius', true],
      ['0', 'nato', true],
    ]);
  });

  it('fills in a card opened before its entry arrived', async () => {
    const { session, shown } = setup({ fetchPageEntries: async () => [byId('nato')] });
    session.dispatch({ type: 'click-mention', mention: mentionOf('nato') });
    expect(shown[0]).toMatchObject({ key: '0', entry: null });
    await vi.waitFor(() => expect(shown).toHaveLength(2));
    expect(shown[1]).toEqual({ key: '0', entry: byId('nato') });
  });

  it('says so when the entry is not in the knowledge base, or the worker cannot answer', async () => {
    const missing = setup({ fetchPageEntries: async () => [] });
    missing.session.dispatch({ type: 'click-mention', mention: mentionOf('nato') });
    await vi.waitFor(() => expect(missing.shown).toHaveLength(2));
    expect(missing.shown[1]).toEqual({ key: '0', entry: null, error: 'This entry is not in the knowledge base.' });

    const down = setup({ fetchPageEntries: () => Promise.reject(new Error('Could not establish connection')) });
    down.session.dispatch({ type: 'click-mention', mention: mentionOf('nato') });
    await vi.waitFor(() => expect(down.shown).toHaveLength(2));
    expect(down.shown[1]).toEqual({ key: '0', entry: null, error: 'The extension is restarting. Try again in a moment.' });
  });

  it('renders again when related entries the card asked for arrive', async () => {
    const { calls, events } = setup();
    events().requestEntries(['north-atlantic-treaty']);
    await vi.waitFor(() => expect(calls).toEqual(['refresh']));
    expect(events().lookup('north-atlantic-treaty')?.id).toBe('north-atlantic-treaty');
  });

  it('cancels a pending hover when destroyed: nothing shows afterwards', () => {
    const { session, calls } = setup({ cached: [byId('nato')] });
    session.dispatch({ type: 'enter-mention', mention: mentionOf('nato') });
    session.destroy();
    vi.advanceTimersByTime(HOVER_DELAY_MS * 2);
    expect(calls).toEqual(['destroy']);
    expect(session.active).toBe(false);
  });
});
