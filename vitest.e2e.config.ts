import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension (dist/) in real Chromium; run them after `npm run build`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
  },
});
