import { describe, expect, it } from 'vitest';
import { ContentRequestSchema, parseMessage } from '../../src/messages';

describe('popup → page messages', () => {
  it.each([
    { type: 'page/reveal', id: 'nato' },
    { type: 'page/reveal', id: 'nato', index: 0 },
    { type: 'page/reveal', id: 'nato', index: 7 },
    { type: 'page/reveal', id: 'nato', index: -1 },
  ])('accepts a reveal with or without a mention index: %j', (message) => {
    expect(parseMessage(ContentRequestSchema, message)).toEqual({ ok: true, value: message });
  });

  it.each([
    [{ type: 'page/reveal', id: 'nato', index: 1.5 }, /at "index"/],
    [{ type: 'page/reveal', id: 'nato', index: '2' }, /at "index"/],
    [{ type: 'page/reveal', id: 'nato', index: 1e12 }, /at "index"/],
    [{ type: 'page/reveal', id: 'nato', step: 'next' }, /malformed message/],
    [{ type: 'page/reveal', id: 'NATO!' }, /at "id"/],
  ])('refuses %j with a clear error', (message, error) => {
    const parsed = parseMessage(ContentRequestSchema, message);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(error);
  });
});
