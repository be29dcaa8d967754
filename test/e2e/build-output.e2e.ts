// What ships: the built manifest asks for the least, exposes nothing to pages, and the bundles hold no
// network calls and no source maps.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/launch';
import { CARD_MODULE_FILE } from '../../src/page/card-module-file';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the built extension', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));

  it("asks for storage only, and exposes to pages only the card's code, by its per-session address", () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.web_accessible_resources).toEqual([
      { resources: [CARD_MODULE_FILE], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
    expect(manifest.externally_connectable).toEqual({ ids: [], matches: [] });
  });

  it("keeps the card's code out of the script every page loads, in one module that imports nothing", () => {
    const card = readFileSync(join(DIST, CARD_MODULE_FILE), 'utf8');
    expect(card.match(/export\s*\{[^}]*\bcreateCardView\s*\}/g)).toHaveLength(1);
    expect(card.match(/\bimport\s*\(|\bfrom\s*["'`]/g)).toBeNull(); // no static or dynamic import
  });

  it('keeps the script every page loads under 20 KB gzip, on the browser\'s own extension API, without the lexicon', () => {
    // With the card's code the content script was 31.8 KB gzip, with webextension-polyfill 23.0 KB, with the
    // lexicon 20.4 KB (it now reads the lexicon from storage: lexicon-store.ts).
    const content = readFileSync(join(DIST, 'src/page/content.js'), 'utf8');
    expect(gzipSync(content).length).toBeLessThanOrEqual(20 * 1024);
    expect(content).not.toContain('north atlantic treaty organization');
    expect(content).not.toContain('should only be loaded in a browser extension'); // the polyfill's guard
    expect(content).toMatch(/globalThis\.chrome\b/);
    expect(content).not.toMatch(/globalThis\.browser\b/);
  });

  it('forbids connections and remote code in its pages', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/connect-src|unsafe-eval|unsafe-inline|https?:/);
  });

  it('has no network calls, no eval and no source maps in any bundle', () => {
    const all = files(DIST);
    expect(all.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const file of all.filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|sourceMappingURL|\beval\(|new Function\(/);
    }
  });
});
