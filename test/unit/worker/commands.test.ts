import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ContentRequestSchema, parseMessage, type ContentRequest } from '../../../src/messages';
import { handleCommand, MENTION_COMMANDS, type CommandDeps } from '../../../src/worker/commands';

function deps(activeTab?: number) {
  const sent: [number, ContentRequest][] = [];
  const d: CommandDeps = {
    activeTabId: vi.fn(async () => activeTab),
    sendToTab: vi.fn(async (tabId, message) => {
      sent.push([tabId, message]);
      return { ok: true, value: true };
    }),
  };
  return { d, sent };
}

describe('keyboard commands', () => {
  it('sends next/previous to the tab the command came from, as a valid content message', async () => {
    const { d, sent } = deps(99);
    expect(await handleCommand('next-mention', { id: 4 }, d)).toBe(true);
    expect(await handleCommand('previous-mention', { id: 4 }, d)).toBe(true);
    expect(sent).toEqual([
      [4, { type: 'page/step-mention', direction: 'next' }],
      [4, { type: 'page/step-mention', direction: 'previous' }],
    ]);
    expect(sent.every(([, m]) => parseMessage(ContentRequestSchema, m).ok)).toBe(true);
    expect(d.activeTabId).not.toHaveBeenCalled();
  });

  it('falls back to the active tab when the browser passes none', async () => {
    const { d, sent } = deps(12);
    await handleCommand('next-mention', undefined, d);
    expect(sent).toEqual([[12, { type: 'page/step-mention', direction: 'next' }]]);
  });

  it('ignores commands that are not ours, and tabs without a content script', async () => {
    const { d, sent } = deps(12);
    expect(await handleCommand('toString', { id: 1 }, d)).toBe(false);
    expect(await handleCommand('_execute_action', { id: 1 }, d)).toBe(false);
    expect(sent).toEqual([]);
    expect(await handleCommand('next-mention', undefined, deps(undefined).d)).toBe(false);
    const unreachable: CommandDeps = { activeTabId: async () => 3, sendToTab: () => Promise.reject(new Error('Receiving end does not exist')) };
    expect(await handleCommand('next-mention', undefined, unreachable)).toBe(false);
  });

  it('rejects malformed step messages', () => {
    expect(parseMessage(ContentRequestSchema, { type: 'page/step-mention', direction: 'sideways' }).ok).toBe(false);
    expect(parseMessage(ContentRequestSchema, { type: 'page/step-mention', direction: 'next', extra: 1 }).ok).toBe(false);
  });

  it('matches the commands the manifest declares, each with a description and a suggested key', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8'));
    expect(Object.keys(manifest.commands).sort()).toEqual(Object.keys(MENTION_COMMANDS).sort());
    for (const command of Object.values(manifest.commands) as { description: string; suggested_key: Record<string, string> }[]) {
      expect(command.description.length).toBeGreaterThan(10);
      // Chrome and Firefox both require Ctrl or Alt (MacCtrl on macOS), optionally with Shift, and one key.
      for (const [platform, key] of Object.entries(command.suggested_key)) {
        expect(key).toMatch(platform === 'mac' ? /^(MacCtrl|Command|Alt)\+(Shift\+)?[A-Z0-9]$/ : /^(Ctrl|Alt)\+(Shift\+)?[A-Z0-9]$/);
      }
    }
  });
});
