// Starts Chromium with the built extension loaded (playwright-core, the system browser), and finds the
// extension's id and service worker. Shared by the end-to-end tests and the demo.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findChrome } from './chrome';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(PROJECT_ROOT, 'dist');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profileDir: string;
  /** Closes the browser; removes the profile unless `keepProfile`. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** A fresh profile folder under the project's ignored .tmp/ (Chromium's temp files go there too). */
export function newProfileDir(): string {
  const base = join(PROJECT_ROOT, '.tmp');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, 'profile-'));
}

export async function launchWithExtension(
  options: { headless?: boolean; profileDir?: string; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const profileDir = options.profileDir ?? newProfileDir();
  const extensionDir = options.extensionDir ?? DIST;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChrome(),
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1100, height: 800 },
    env: { ...process.env, TMPDIR: join(PROJECT_ROOT, '.tmp') },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    profileDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
