import { describe, expect, it } from 'vitest';
import { handleContentMessage, type ContentMessageDeps } from '../../../src/page/content-messages';

function deps(): ContentMessageDeps & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    extensionId: 'our-id',
    site: 'news.example',
    siteEnabled: () => true,
    summary: () => [{ id: 'nato', count: 2 }],
    revealMention: (id, index) => {
      calls.push(`reveal ${id} ${index}`);
      return null;
    },
    step: (direction) => {
      calls.push(`step ${direction}`);
      return true;
    },
  };
}
const popup = { id: 'our-id' };

describe('content script messages', () => {
  it('answers the popup', () => {
    const d = deps();
    expect(handleContentMessage({ type: 'page/summary' }, popup, d)).toEqual({
      ok: true,
      value: { site: 'news.example', enabled: true, mentions: [{ id: 'nato', count: 2 }] },
    });
    handleContentMessage({ type: 'page/reveal', id: 'nato', index: 1 }, popup, d);
    handleContentMessage({ type: 'page/step-mention', direction: 'next' }, { id: 'our-id' }, d);
    expect(d.calls).toEqual(['reveal nato 1', 'step next']);
  });

  it.each([
    ['another extension', { type: 'page/summary' }, { id: 'evil' }, /another extension/],
    ['no sender id', { type: 'page/summary' }, {}, /another extension/],
    ['junk', 42, popup, /malformed message/],
    ['unknown type', { type: 'page/erase' }, popup, /malformed message/],
    ['bad id', { type: 'page/reveal', id: '../../x' }, popup, /malformed message at "id"/],
    ['extra field', { type: 'page/summary', evil: true }, popup, /malformed message/],
    ['a shortcut step from a tab', { type: 'page/step-mention', direction: 'next' }, { id: 'our-id', tab: { id: 3 } }, /not a tab/],
  ])('refuses %s with a clear error and does nothing', (_name, message, sender, error) => {
    const d = deps();
    const reply = handleContentMessage(message, sender, d);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(error);
    expect(d.calls).toEqual([]);
  });
});
