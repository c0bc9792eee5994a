import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Fixture-site builds run the real Astro build, which takes seconds, not milliseconds.
    testTimeout: 180_000,
    // Builds share the project's .astro/ folder and both cores; running test files one at a time
    // keeps them from racing each other.
    fileParallelism: false,
    hookTimeout: 300_000,
  },
});
