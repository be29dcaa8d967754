/**
 * Where the built extension keeps the card's code (Preact, the card's components and styles): a module of its
 * own that the content script imports the first time a page has a mention, so that the script every page
 * loads carries only the scanning. The manifest lists it as the one web-accessible resource, reachable only
 * through the per-session dynamic URL (`use_dynamic_url`), so a page cannot probe for it. vite.config.ts
 * builds it here and checks the manifest names it.
 */
export const CARD_MODULE_FILE = 'src/page/card.js';
