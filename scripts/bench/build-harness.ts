// Builds test/bench/harness.ts into one IIFE file for benchmark pages, with the same lexicon alias as the
// extension build.
import { resolve } from 'node:path';
import { build } from 'vite';
import { PROJECT_ROOT } from '../lib/launch';

export const HARNESS_FILE = resolve(PROJECT_ROOT, '.tmp/bench/harness.js');

export async function buildHarness(): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: PROJECT_ROOT,
    resolve: { alias: { 'virtual:lexicon': resolve(PROJECT_ROOT, '.generated/lexicon.json') } },
    build: {
      outDir: resolve(PROJECT_ROOT, '.tmp/bench'),
      emptyOutDir: true,
      minify: true,
      lib: { entry: resolve(PROJECT_ROOT, 'test/bench/harness.ts'), formats: ['iife'], name: 'ccBench', fileName: () => 'harness.js' },
    },
  });
  return HARNESS_FILE;
}
