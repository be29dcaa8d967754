// @vitest-environment happy-dom
// The card host while the card's code loads: the last card asked for shows once the code is there, a card
// hidden (or the host destroyed) before then never shows, and a failed load is retried by the next card.
import { describe, expect, it } from 'vitest';
import type { CardContent, CardHostEvents } from '../../../src/page/card-host';
import type { CardView } from '../../../src/page/card-session';
import { LazyCardView, type CardViewFactory } from '../../../src/page/lazy-card-view';

const events: CardHostEvents = {
  onClose() {},
  onPointerEnter() {},
  onPointerLeave() {},
  onEngage() {},
  lookup: () => undefined,
  requestEntries() {},
};
const anchor = () => document.createRange();
const content = (key: string, error?: string): CardContent => ({ key, entry: null, ...(error ? { error } : {}) });

/** A load the test resolves or rejects by hand, and a view that records what it is asked. */
function setup() {
  const calls: string[] = [];
  const host = document.createElement('div');
  const view: CardView = {
    prepare: (_a, c) => void calls.push(`prepare ${c.key}`),
    dropPrepared: () => void calls.push('drop'),
    show: (_a, c, focus) => void calls.push(`show ${c.key}${c.error ? ` (${c.error})` : ''}${focus ? ' focused' : ''}`),
    update: (c) => void calls.push(`update ${c.key}`),
    refresh: () => void calls.push('refresh'),
    hide: (restore) => void calls.push(`hide${restore ? ' and restore focus' : ''}`),
    destroy: () => void calls.push('destroy'),
    contains: (t) => t === host,
  };
  const loads: { resolve(f: CardViewFactory): void; reject(e: unknown): void }[] = [];
  const errors: unknown[] = [];
  let madeWith: CardHostEvents | undefined;
  const lazy = new LazyCardView(
    () => new Promise<CardViewFactory>((resolve, reject) => loads.push({ resolve, reject })),
    events,
    (e) => errors.push(e),
  );
  const factory: CardViewFactory = (e) => ((madeWith = e), view);
  return { lazy, calls, loads, errors, host, factory, madeWith: () => madeWith };
}

describe('the card host while its code loads', () => {
  it('shows the last card asked for, with its latest content, once the code has loaded', async () => {
    const { lazy, calls, loads, factory, madeWith } = setup();
    lazy.prepare(anchor(), content('0')); // nothing to ready with yet, and nothing kept for later
    lazy.dropPrepared();
    lazy.show(anchor(), content('0'), false);
    lazy.show(anchor(), content('1'), true);
    lazy.update(content('1', 'not found'));
    lazy.update(content('0', 'stale'));
    expect(loads).toHaveLength(1);
    expect(calls).toEqual([]);
    loads[0]!.resolve(factory);
    await lazy.prefetch();
    expect(calls).toEqual(['show 1 (not found) focused']);
    expect(madeWith()).toBe(events);
    lazy.update(content('1'));
    lazy.refresh();
    lazy.hide(true);
    lazy.prepare(anchor(), content('2'));
    lazy.dropPrepared();
    expect(calls.slice(1)).toEqual(['update 1', 'refresh', 'hide and restore focus', 'prepare 2', 'drop']);
  });

  it('shows nothing when the card was hidden before the code arrived, and loads the code once', async () => {
    const { lazy, calls, loads, factory } = setup();
    void lazy.prefetch();
    lazy.show(anchor(), content('0'), false);
    lazy.hide(false);
    void lazy.prefetch();
    expect(loads).toHaveLength(1);
    loads[0]!.resolve(factory);
    await lazy.prefetch();
    expect(calls).toEqual([]);
  });

  it('drops the card asked for when destroyed before the code arrived, and shows later cards', async () => {
    const { lazy, calls, loads, factory } = setup();
    lazy.show(anchor(), content('0'), false);
    lazy.destroy();
    loads[0]!.resolve(factory);
    await lazy.prefetch();
    expect(calls).toEqual([]);
    lazy.show(anchor(), content('1'), false);
    lazy.destroy();
    lazy.show(anchor(), content('2'), true);
    expect(loads).toHaveLength(1);
    expect(calls).toEqual(['show 1', 'destroy', 'show 2 focused']);
  });

  it('reports a failed load, shows nothing, and tries again on the next card', async () => {
    const { lazy, calls, loads, errors, factory } = setup();
    lazy.show(anchor(), content('0'), false);
    const failure = new Error('blocked');
    loads[0]!.reject(failure);
    await lazy.prefetch().catch(() => {});
    await Promise.resolve();
    expect(errors).toEqual([failure]);
    expect(calls).toEqual([]);
    lazy.show(anchor(), content('1'), false);
    expect(loads).toHaveLength(2);
    loads[1]!.resolve(factory);
    await lazy.prefetch();
    expect(calls).toEqual(['show 1']);
  });

  it('tells events inside the card apart only once the card exists', async () => {
    const { lazy, loads, host, factory } = setup();
    expect(lazy.contains(host)).toBe(false);
    void lazy.prefetch();
    loads[0]!.resolve(factory);
    await lazy.prefetch();
    expect(lazy.contains(host)).toBe(true);
  });
});
