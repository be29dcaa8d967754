import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  resolve: {
    // webextension-polyfill throws outside an extension; unit tests get an in-memory fake browser instead.
    alias: { 'webextension-polyfill': new URL('./test/unit/fake-browser.ts', import.meta.url).pathname },
  },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
