import { describe, expect, it } from 'vitest';
import { cardStep, GRACE_MS, HOVER_DELAY_MS, type CardEvent, type CardState } from '../../../src/page/card-machine';

type T = { key: string };
const a: T = { key: 'a' };
const b: T = { key: 'b' };

function run(events: CardEvent<T>[], from: CardState<T> = { kind: 'closed' }) {
  let state = from;
  const effects = [];
  for (const e of events) {
    const step = cardStep(state, e);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

describe('card state machine', () => {
  it('opens on hover only after the hover delay', () => {
    const hovering = run([{ type: 'enter-mention', target: a }]);
    expect(hovering.state).toEqual({ kind: 'hovering', target: a });
    expect(hovering.effects).toContainEqual({ type: 'start-timer', timer: 'hover', ms: HOVER_DELAY_MS });
    expect(hovering.effects.some((e) => e.type === 'show')).toBe(false);
    const open = run([{ type: 'hover-timer' }], hovering.state);
    expect(open.state).toEqual({ kind: 'open', target: a, pinned: false });
    expect(open.effects).toEqual([{ type: 'show', target: a, pinned: false, focus: false }]);
  });

  it('cancels pending work when the pointer leaves before the delay', () => {
    const { state, effects } = run([{ type: 'enter-mention', target: a }, { type: 'leave-mention' }, { type: 'hover-timer' }]);
    expect(state).toEqual({ kind: 'closed' });
    expect(effects.at(-1)).toEqual({ type: 'cancel-timer' });
  });

  it('gives a grace period to move into the card, and closes after it', () => {
    const open: CardState<T> = { kind: 'open', target: a, pinned: false };
    const leaving = run([{ type: 'leave-mention' }], open);
    expect(leaving.state).toEqual({ kind: 'closing', target: a });
    expect(leaving.effects).toEqual([{ type: 'start-timer', timer: 'grace', ms: GRACE_MS }]);
    expect(run([{ type: 'leave-mention' }, { type: 'enter-card' }, { type: 'grace-timer' }], open).state).toEqual({ kind: 'open', target: a, pinned: false, inCard: true });
    expect(run([{ type: 'leave-mention' }, { type: 'grace-timer' }], open).effects.at(-1)).toEqual({ type: 'hide', restoreFocus: false });
  });

  it('keeps a hover card the pointer entered before the mention was reported left, until the pointer leaves it', () => {
    const open: CardState<T> = { kind: 'open', target: a, pinned: false };
    const entered = run([{ type: 'enter-card' }, { type: 'leave-mention' }, { type: 'grace-timer' }], open);
    expect(entered.state).toEqual({ kind: 'open', target: a, pinned: false, inCard: true });
    expect(entered.effects.some((e) => e.type === 'hide' || e.type === 'start-timer')).toBe(false);
    const left = run([{ type: 'leave-card' }, { type: 'grace-timer' }], entered.state);
    expect(left.state).toEqual({ kind: 'closed' });
    expect(left.effects).toEqual([{ type: 'start-timer', timer: 'grace', ms: GRACE_MS }, { type: 'hide', restoreFocus: false }]);
  });

  it('pins on click: leaving does not close, Escape does and restores focus', () => {
    const pinned = run([{ type: 'click-mention', target: a }]);
    expect(pinned.state).toEqual({ kind: 'open', target: a, pinned: true });
    expect(run([{ type: 'leave-mention' }, { type: 'leave-card' }, { type: 'grace-timer' }], pinned.state).state.kind).toBe('open');
    expect(run([{ type: 'escape' }], pinned.state).effects).toContainEqual({ type: 'hide', restoreFocus: true });
    expect(run([{ type: 'click-outside' }], pinned.state).effects).toContainEqual({ type: 'hide', restoreFocus: false });
  });

  it('moves focus into a pinned card (popup, keyboard or click), never into a hover preview', () => {
    expect(run([{ type: 'open', target: b }]).effects).toContainEqual({ type: 'show', target: b, pinned: true, focus: true });
    expect(run([{ type: 'click-mention', target: b }]).effects).toContainEqual({ type: 'show', target: b, pinned: true, focus: true });
    const hover = run([{ type: 'enter-mention', target: a }, { type: 'hover-timer' }]);
    expect(hover.effects.filter((e) => e.type === 'show')).toEqual([{ type: 'show', target: a, pinned: false, focus: false }]);
  });

  it('pins a hover card the reader clicks or focuses into, even during the grace period', () => {
    const hoverOpen: CardState<T> = { kind: 'open', target: a, pinned: false };
    const engaged = run([{ type: 'engage-card' }], hoverOpen);
    expect(engaged.state).toEqual({ kind: 'open', target: a, pinned: true });
    expect(run([{ type: 'leave-card' }, { type: 'grace-timer' }], engaged.state).state.kind).toBe('open');

    const rescued = run([{ type: 'leave-mention' }, { type: 'engage-card' }, { type: 'grace-timer' }], hoverOpen);
    expect(rescued.state).toEqual({ kind: 'open', target: a, pinned: true });
    expect(rescued.effects.at(-1)).toEqual({ type: 'cancel-timer' });
    expect(rescued.effects.some((e) => e.type === 'hide')).toBe(false);
  });

  it('ignores engagement when no card is shown', () => {
    expect(run([{ type: 'engage-card' }]).state).toEqual({ kind: 'closed' });
    expect(run([{ type: 'engage-card' }], { kind: 'hovering', target: a }).state).toEqual({ kind: 'hovering', target: a });
  });

  it('keeps a pinned card while the pointer passes over other mentions', () => {
    const pinned: CardState<T> = { kind: 'open', target: a, pinned: true };
    const { state, effects } = run([{ type: 'enter-mention', target: b }, { type: 'hover-timer' }, { type: 'leave-mention' }], pinned);
    expect(state).toEqual(pinned);
    expect(effects).toEqual([]);
  });

  it('replaces a pinned card with another opened from the keyboard', () => {
    const { state, effects } = run([{ type: 'open', target: b }], { kind: 'open', target: a, pinned: true });
    expect(state).toEqual({ kind: 'open', target: b, pinned: true });
    expect(effects).toContainEqual({ type: 'show', target: b, pinned: true, focus: true });
  });

  it('shows one card at a time: hovering another mention replaces a hover card', () => {
    const { state, effects } = run([{ type: 'enter-mention', target: b }], { kind: 'open', target: a, pinned: false });
    expect(state).toEqual({ kind: 'hovering', target: b });
    expect(effects[0]).toEqual({ type: 'hide', restoreFocus: false });
  });

  it('ignores Escape and outside clicks when closed', () => {
    expect(run([{ type: 'escape' }, { type: 'click-outside' }]).effects).toEqual([]);
  });
});
