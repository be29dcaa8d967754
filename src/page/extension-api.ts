// The content script's handle on the extension API. It runs on every page a person opens, so it takes the
// browser's own object instead of webextension-polyfill (2.9 KB of its gzip weight, with the bundler's glue for a
// CommonJS module): for the calls below both browsers already return promises (Firefox's `browser` always,
// Chromium's `chrome` in Manifest V3), and the one reply the content script sends is synchronous
// (`sendResponse`), which both support (Chromium takes a promise returned from the listener only since 144;
// the manifest allows 132). Extension pages and the worker keep the polyfill.
import type { Events, Runtime, Storage } from 'webextension-polyfill';

/** What the content script uses, and nothing that would need the polyfill's wrapping. */
export interface ContentScriptApi {
  runtime: Pick<Runtime.Static, 'id' | 'getURL' | 'sendMessage'> & {
    onMessage: Events.Event<(message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => void>;
  };
  storage: Pick<Storage.Static, 'sync' | 'local' | 'onChanged'>;
}

/**
 * Chosen when the extension is built (`vite build --mode firefox`), not by testing globals at run time: a page
 * can put an element with id="browser" on `window` (DOM clobbering), but not over an own property of the content
 * script's global, which both of these are.
 */
export const extensionApi = (import.meta.env.MODE === 'firefox'
  ? (globalThis as { browser?: unknown }).browser
  : (globalThis as { chrome?: unknown }).chrome) as ContentScriptApi;
