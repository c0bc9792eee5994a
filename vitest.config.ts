import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects, side by side on the machine's two cores:
// - node: pure code, command-line scripts and real fixture-site builds read from their output. Each
//   build runs from its own scratch folder (tests/helpers/build.ts), so builds can run side by side.
// - browser: tests/e2e/browser.test.ts, the one file that serves built sites through Cloudflare's
//   local runtime and drives Chromium; see that file for why it is one file.

/** The test file that serves built sites through the local runtime. */
const BROWSER = 'tests/e2e/browser.test.ts';

// The tests start Node hundreds of times (builds, Astro, the scripts, the local runtime): with V8's
// compile cache shared by all of them, each start skips compiling the modules an earlier one did.
const NODE_COMPILE_CACHE = fileURLToPath(new URL('node_modules/.cache/fawen-test-compile', import.meta.url));

export default defineConfig({
  test: {
    env: { NODE_COMPILE_CACHE },
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: [BROWSER],
          // Fixture-site builds run the real build, which takes seconds, not milliseconds.
          testTimeout: 180_000,
          hookTimeout: 300_000,
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'browser',
          include: [BROWSER],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
