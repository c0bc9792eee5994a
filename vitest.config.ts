import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Fixture-site builds run the real Astro build, which takes seconds, not milliseconds.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
