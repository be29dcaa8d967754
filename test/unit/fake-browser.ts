// Stands in for webextension-polyfill in unit tests (see vitest.config.ts).
import { fakeBrowser } from '@webext-core/fake-browser';

export default fakeBrowser;
export type { Browser, Runtime } from 'webextension-polyfill';
