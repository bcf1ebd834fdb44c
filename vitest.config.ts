import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // bench/: the national-scale generator's own tests (determinism, validity) at a tiny scale.
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['src/server/test/global-setup.ts'],
    reporters: ['default', './scripts/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
