import { defineConfig } from 'vitest/config';

// Two projects. Unit tests (pure code, command-line scripts, the bench's own logic) run in parallel
// on both cores. Site tests build real fixture sites with `npm run build` and drive Chromium: they
// run one file at a time, after the unit tests, because builds share the repository's .astro/ folder
// and each build takes both cores anyway.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/bench/**/*.test.ts',
          ],
          exclude: ['tests/bench/run.test.ts'],
          testTimeout: 60_000,
          // Vitest leaves one core free by default, which on a 2-core machine means one file at a time.
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/bench/run.test.ts'],
          // Fixture-site builds run the real build, which takes seconds, not milliseconds.
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
