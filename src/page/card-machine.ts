// The card's behaviour as a pure state machine: events in, new state and effects out. The controller turns
// effects into timers and rendering, so every rule below is testable without a DOM.

/**
 * Hover intent: 300 ms is long enough that moving the pointer across a marked word opens nothing, and short
 * enough to feel immediate once the reader rests on it (Page Previews waits 500 ms over links, where a
 * click is the primary action; our marks are not links, so we can afford less).
 */
export const HOVER_DELAY_MS = 300;
/** Time to move the pointer from the mention into the card before a hover-opened card closes. */
export const GRACE_MS = 300;

export interface Target {
  /** Identifies the mention: the same key means the same mention. */
  key: string;
}

export type CardState<T extends Target> =
  | { kind: 'closed' }
  | { kind: 'hovering'; target: T }
  /** `inCard`: the pointer is over the card. Pointer events are hit-tested once per frame, so the card can be
   *  entered before the mention is reported left; a hover card must then stay. */
  | { kind: 'open'; target: T; pinned: boolean; inCard?: true }
  | { kind: 'closing'; target: T };

export type CardEvent<T extends Target> =
  | { type: 'enter-mention'; target: T }
  | { type: 'leave-mention' }
  | { type: 'hover-timer' }
  | { type: 'click-mention'; target: T }
  /** Opened from the popup or the keyboard: pinned, with focus in the card. */
  | { type: 'open'; target: T }
  | { type: 'enter-card' }
  | { type: 'leave-card' }
  /** A click or focus inside the card: the reader is using it, so it stays until closed. */
  | { type: 'engage-card' }
  | { type: 'grace-timer' }
  | { type: 'escape' }
  | { type: 'click-outside' };

export type CardEffect<T extends Target> =
  | { type: 'start-timer'; timer: 'hover' | 'grace'; ms: number }
  | { type: 'cancel-timer' }
  | { type: 'show'; target: T; pinned: boolean; focus: boolean }
  | { type: 'hide'; restoreFocus: boolean };

export interface Step<T extends Target> {
  state: CardState<T>;
  effects: CardEffect<T>[];
}

const CLOSED = { kind: 'closed' } as const;

export function cardStep<T extends Target>(state: CardState<T>, event: CardEvent<T>): Step<T> {
  const stay: Step<T> = { state, effects: [] };
  const hoverStart = (target: T, extra: CardEffect<T>[] = []): Step<T> => ({
    state: { kind: 'hovering', target },
    effects: [...extra, { type: 'cancel-timer' }, { type: 'start-timer', timer: 'hover', ms: HOVER_DELAY_MS }],
  });
  const visible = state.kind === 'open' || state.kind === 'closing';

  switch (event.type) {
    case 'click-mention':
    case 'open':
      // A pinned card is a dialog the reader asked for: focus moves into it (a hover preview never takes focus).
      return {
        state: { kind: 'open', target: event.target, pinned: true },
        effects: [{ type: 'cancel-timer' }, { type: 'show', target: event.target, pinned: true, focus: true }],
      };
    case 'escape':
    case 'click-outside':
      if (state.kind === 'closed') return stay;
      return {
        state: CLOSED,
        effects: [{ type: 'cancel-timer' }, ...(visible ? [{ type: 'hide', restoreFocus: event.type === 'escape' } as const] : [])],
      };
    case 'enter-mention':
      if (state.kind === 'closed') return hoverStart(event.target);
      if (state.kind === 'hovering') return state.target.key === event.target.key ? stay : hoverStart(event.target);
      if (state.kind === 'open' && state.pinned) return stay;
      if (state.target.key === event.target.key) {
        return { state: { kind: 'open', target: state.target, pinned: false }, effects: [{ type: 'cancel-timer' }] };
      }
      return hoverStart(event.target, [{ type: 'hide', restoreFocus: false }]);
    case 'leave-mention':
    case 'leave-card':
      if (state.kind === 'hovering') return event.type === 'leave-mention' ? { state: CLOSED, effects: [{ type: 'cancel-timer' }] } : stay;
      if (state.kind === 'open' && !state.pinned) {
        if (event.type === 'leave-mention' && state.inCard) return stay;
        return {
          state: { kind: 'closing', target: state.target },
          effects: [{ type: 'start-timer', timer: 'grace', ms: GRACE_MS }],
        };
      }
      return stay;
    case 'engage-card':
      if (state.kind === 'open' && state.pinned) return stay;
      if (state.kind === 'open' || state.kind === 'closing') {
        return { state: { kind: 'open', target: state.target, pinned: true }, effects: [{ type: 'cancel-timer' }] };
      }
      return stay;
    case 'enter-card':
      if (state.kind === 'closing' || (state.kind === 'open' && !state.pinned)) {
        return { state: { kind: 'open', target: state.target, pinned: false, inCard: true }, effects: [{ type: 'cancel-timer' }] };
      }
      return stay;
    case 'hover-timer':
      if (state.kind !== 'hovering') return stay;
      return {
        state: { kind: 'open', target: state.target, pinned: false },
        effects: [{ type: 'show', target: state.target, pinned: false, focus: false }],
      };
    case 'grace-timer':
      if (state.kind !== 'closing') return stay;
      return { state: CLOSED, effects: [{ type: 'hide', restoreFocus: false }] };
  }
}
