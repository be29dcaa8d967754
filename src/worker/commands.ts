// Keyboard shortcuts (the commands API: listed, and changeable, in the browser's shortcut settings). The
// worker receives them and tells the active tab's content script what to do.
import type { ContentRequest } from '../messages';

/** The commands declared in manifest.json, and the direction each one moves in. */
export const MENTION_COMMANDS = {
  'next-mention': 'next',
  'previous-mention': 'previous',
} as const;

export interface CommandDeps {
  /** The active tab's id, for browsers that do not pass the tab with the command. */
  activeTabId(): Promise<number | undefined>;
  /** Sends to the content script of the tab's top frame (only it steps and shows cards). */
  sendToTab(tabId: number, message: ContentRequest): Promise<unknown>;
}

/** Returns whether the command was one of ours and was delivered. */
export async function handleCommand(command: string, tab: { id?: number } | undefined, deps: CommandDeps): Promise<boolean> {
  if (!Object.hasOwn(MENTION_COMMANDS, command)) return false;
  const direction = MENTION_COMMANDS[command as keyof typeof MENTION_COMMANDS];
  const tabId = tab?.id ?? (await deps.activeTabId());
  if (tabId === undefined) return false;
  try {
    await deps.sendToTab(tabId, { type: 'page/step-mention', direction });
    return true;
  } catch {
    return false; // no content script there: a browser page, the web store, or a site still loading
  }
}
