import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { CARD_MODULE_FILE } from './src/page/card-module-file.ts';

const root = dirname(fileURLToPath(import.meta.url));
/**
 * CSS for the browsers the manifest asks for (Chrome 132, Firefox 142): their own light-dark() and nesting,
 * rather than the custom-property emulation an ES2022 target would have the CSS minifier write.
 */
const CSS_TARGET = ['chrome132', 'firefox142'];
/**
 * The worker imports `virtual:lexicon` and the content script `virtual:lexicon-id`, aliases of the files that
 * `scripts/kb-build.ts` writes after validating the knowledge base (npm run build runs it first). Generated
 * files rather than Vite virtual modules because crxjs builds standalone content scripts in a second Vite
 * build that keeps `resolve.alias` but none of our plugins.
 */
const LEXICON_FILE = resolve(root, '.generated/lexicon.json');
const LEXICON_ID_FILE = resolve(root, '.generated/lexicon-id.json');

/**
 * Firefox runs the background as an event page (background.scripts), needs an add-on id for storage.sync,
 * and asks add-ons to declare what data they collect: none.
 */
function firefoxManifest(chrome: typeof manifest) {
  const { background, minimum_chrome_version: _chromeOnly, ...rest } = chrome;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: 'context-cards@context-cards.example',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

/**
 * Builds the card's code as one self-contained ES module (src/page/card-module.ts; see card-module-file.ts
 * for why it is apart) and adds it to the extension's bundle: self-contained, because every file it imported
 * would have to be web-accessible too.
 */
function cardModule(): Plugin {
  const listed = manifest.web_accessible_resources.flatMap((r) => r.resources);
  if (listed.join() !== CARD_MODULE_FILE) {
    throw new Error(`manifest.json: web_accessible_resources must list exactly ${CARD_MODULE_FILE}, not ${listed.join(', ')}`);
  }
  return {
    name: 'context-cards:card-module',
    apply: 'build',
    async generateBundle() {
      const outputs = await build({
        configFile: false,
        logLevel: 'warn',
        plugins: [preact()],
        build: {
          write: false,
          minify: true,
          sourcemap: false,
          target: 'es2022',
          cssTarget: CSS_TARGET,
          // Not library mode: that keeps whitespace in ES output.
          rolldownOptions: {
            input: resolve(root, 'src/page/card-module.ts'),
            preserveEntrySignatures: 'exports-only',
            output: { format: 'es' },
          },
        },
      });
      const chunks = (Array.isArray(outputs) ? outputs : [outputs]).flatMap((o) => ('output' in o ? o.output : []));
      const [only] = chunks;
      if (chunks.length !== 1 || only?.type !== 'chunk') {
        throw new Error(`the card module must build to one file, not ${chunks.map((c) => c.fileName).join(', ')}`);
      }
      this.emitFile({ type: 'asset', fileName: CARD_MODULE_FILE, source: only.code });
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      preact(),
      cardModule(),
      crx({
        manifest: firefox ? (firefoxManifest(manifest) as unknown as typeof manifest) : manifest,
        browser: firefox ? 'firefox' : 'chrome',
        // Self-contained content scripts: no loader, so no web-accessible chunks a page could probe.
        contentScripts: { standaloneFiles: ['src/page/early.ts', 'src/page/content.ts'] },
      }),
    ],
    resolve: { alias: { 'virtual:lexicon': LEXICON_FILE, 'virtual:lexicon-id': LEXICON_ID_FILE } },
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      sourcemap: false,
      // Vite's modulepreload polyfill would add a fetch() to the popup; extension pages need no polyfill.
      modulePreload: { polyfill: false },
      target: 'es2022',
      cssTarget: CSS_TARGET,
    },
    server: { port: 5173, strictPort: true },
  };
});
