import { defineConfig } from 'vitest/config';

// Unit and meta tests only. Real-browser tests live in test/browser and are run
// by scripts/test-browser.mjs against the built extension.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/meta/**/*.test.ts', 'test/scenarios/**/*.test.ts'],
    environment: 'node',
    globals: false,
    testTimeout: 20_000,
    setupFiles: ['test/setup.ts'],
    // Type tests (*.test-d.ts: expectTypeOf, @ts-expect-error) run through tsc
    // and are reported beside the unit tests; `npm run typecheck` checks them too.
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
