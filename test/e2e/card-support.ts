// What the card tests need beyond support.ts: the card's element itself (through the DevTools protocol, which
// reaches into closed shadow roots; page scripts cannot), the focused node as assistive technology sees it,
// and the keyboard shortcut's message.
import type { CDPSession, Page } from 'playwright-core';
import { handleCommand, MENTION_COMMANDS } from '../../src/worker/commands';
import { activeTabId, type Box, type Harness } from './support';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface AxNode {
  nodeId: string;
  backendDOMNodeId?: number;
  ignored?: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
}

async function withCdp<R>(page: Page, fn: (cdp: CDPSession) => Promise<R>): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await fn(cdp);
  } finally {
    await cdp.detach();
  }
}

async function axNodes(cdp: CDPSession): Promise<AxNode[]> {
  return ((await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] }).nodes;
}

/**
 * Runs `fn` in the page on the open card's dialog element (the `.card` inside the closed shadow root), found
 * through the accessibility tree. Returns null when no card is open. `fn` must be self-contained.
 */
export async function onCard<A, R>(page: Page, fn: (card: HTMLElement, arg: A) => R | Promise<R>, arg?: A): Promise<R | null> {
  return withCdp(page, async (cdp) => {
    const dialogs = (await axNodes(cdp)).filter((n) => n.role?.value === 'dialog' && !n.ignored && n.backendDOMNodeId !== undefined);
    // The page may have dialogs of its own: the card is the one in a closed shadow root.
    for (const dialog of dialogs.reverse()) {
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: dialog.backendDOMNodeId })) as { object: { objectId: string } };
      const reply = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `async function (arg) {
          const root = this.getRootNode();
          if (!(root instanceof ShadowRoot) || root.mode !== 'closed') return { notTheCard: true };
          return { value: await (${fn.toString()})(this, arg) };
        }`,
        arguments: [{ value: arg ?? null }],
        returnByValue: true,
        awaitPromise: true,
      })) as { result: { value: { notTheCard?: true; value?: R } }; exceptionDetails?: { text: string; exception?: { description?: string } } };
      if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
      if (!reply.result.value.notTheCard) return reply.result.value.value as R;
    }
    return null;
  });
}

export async function cardIsOpen(page: Page): Promise<boolean> {
  return (await onCard(page, () => true)) === true;
}

/** The open card's box in viewport coordinates, at rest (its entrance slide moves it by a few pixels). */
export async function cardBox(page: Page): Promise<Box> {
  const box = await onCard(page, async (card) => {
    await Promise.all(card.getAnimations().map((a) => a.finished));
    const r = card.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
  if (!box) throw new Error('no card is open');
  return box;
}

/** The node that has keyboard focus, as the accessibility tree reports it. */
export async function focusedNode(page: Page): Promise<{ role: string; name: string } | null> {
  return withCdp(page, async (cdp) => {
    // The document itself reports focus too; the focused element is the deepest node that does.
    const focused = (await axNodes(cdp)).findLast((n) => n.properties?.some((p) => p.name === 'focused' && p.value.value === true));
    return focused ? { role: focused.role?.value ?? '', name: focused.name?.value ?? '' } : null;
  });
}

/** Presses Tab until the focused node matches (at most `limit` times); throws when it never does. */
export async function tabTo(page: Page, role: string, name: string | RegExp, options: { shift?: boolean; limit?: number } = {}): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < (options.limit ?? 40); i++) {
    await page.keyboard.press(options.shift ? 'Shift+Tab' : 'Tab');
    const f = await focusedNode(page);
    seen.push(`${f?.role}:${f?.name}`);
    if (f?.role === role && (typeof name === 'string' ? f.name === name : name.test(f.name))) return;
  }
  throw new Error(`never reached ${role} "${name}"; focus went through ${seen.join(' | ')}`);
}

/** The boxes of the first occurrence of `text` inside the element with id `elementId` (one per line). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Runs a keyboard shortcut's command through the worker's command handler (src/worker/commands.ts), whose
 * message goes to the page through the worker's real `tabs.sendMessage`. Headless Chromium does not route key
 * presses to extension shortcuts (a real Alt+Shift+J never reaches `commands.onCommand` there), so only the
 * one line that registers the handler on onCommand is not exercised here.
 */
export async function runShortcut(h: Harness, page: Page, command: keyof typeof MENTION_COMMANDS): Promise<unknown> {
  const tabId = await activeTabId(h, page);
  let reply: unknown;
  const delivered = await handleCommand(command, { id: tabId }, {
    activeTabId: async () => tabId,
    sendToTab: async (id, message) => {
      reply = await h.browser.worker.evaluate(([t, m]) => chrome.tabs.sendMessage(t, m, { frameId: 0 }), [id, message] as const);
    },
  });
  if (!delivered) throw new Error(`the shortcut ${command} was not delivered`);
  return reply;
}

export interface AxTreeNode {
  role: string;
  name: string;
  level?: number;
  children: AxTreeNode[];
}

/** The open card's accessibility subtree (ignored nodes left out, their children kept); null when none is open. */
export async function cardAxTree(page: Page): Promise<AxTreeNode | null> {
  return withCdp(page, async (cdp) => {
    const nodes = (await axNodes(cdp)) as (AxNode & { childIds?: string[] })[];
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const dialog = nodes.findLast((n) => n.role?.value === 'dialog' && !n.ignored);
    if (!dialog) return null;
    const build = (n: AxNode & { childIds?: string[] }): AxTreeNode[] => {
      const children = (n.childIds ?? []).flatMap((id) => (byId.has(id) ? build(byId.get(id)!) : []));
      if (n.ignored) return children;
      const level = n.properties?.find((p) => p.name === 'level')?.value.value;
      return [{ role: n.role?.value ?? '', name: n.name?.value ?? '', ...(typeof level === 'number' ? { level } : {}), children }];
    };
    return build(dialog)[0]!;
  });
}
