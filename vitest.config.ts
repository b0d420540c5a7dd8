import { defineConfig } from 'vitest/config';

// Unit and meta tests only. Real-browser tests live in test/browser and are run
// by scripts/test-browser.mjs against the built extension.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/meta/**/*.test.ts'],
    environment: 'node',
    globals: false,
    testTimeout: 20_000,
  },
});
