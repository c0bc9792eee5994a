import { defineConfig } from 'vitest/config';

// Two projects, which Vitest runs one after the other:
// - node: pure code, command-line scripts, the bench's own logic, and real fixture-site builds read
//   from their output, two files at a time on the machine's two cores (Vitest's default would run
//   one). Each build runs from its own scratch folder (tests/helpers/build.ts), so builds can run
//   side by side.
// - browser: a built site served through Cloudflare's local runtime and driven in Chromium, one file
//   at a time: with two runtimes side by side, one stalled a page's requests for 27 s and a test
//   timed out. The bench's smoke run serves its site through the runtime too, but it is the only
//   node file that does, so it runs beside the fixture builds instead of adding 40 s to this queue.

/** The test files that serve a built site and drive Chromium. */
const BROWSER = [
  'tests/e2e/accessibility.test.ts',
  'tests/e2e/cdn.test.ts',
  'tests/e2e/navigation.test.ts',
  'tests/e2e/search.test.ts',
];

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: BROWSER,
          // Fixture-site builds run the real build, which takes seconds, not milliseconds.
          testTimeout: 180_000,
          hookTimeout: 300_000,
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'browser',
          include: BROWSER,
          testTimeout: 180_000,
          hookTimeout: 300_000,
          maxWorkers: 1,
        },
      },
    ],
  },
});
