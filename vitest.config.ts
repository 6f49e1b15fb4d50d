import { defineConfig } from 'vitest/config';

/**
 * Test files that start Chromium, or run the `roadmap-deck` command in a child process (which may):
 * the `e2e` project. Everything else is `unit`: parser, renderer, model and helpers, no browser and
 * no child command, run with `npx vitest run --project unit`.
 */
const E2E = [
  'test/e2e/**/*.test.ts',
  'test/security/**/*.test.ts',
  'test/cli/**/*.test.ts',
  'test/editions/diff.test.ts',
  'test/export/find-browser.test.ts',
  'test/lint/*.test.ts',
  'test/settings/commands.test.ts',
  'test/watch/build-cancel.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // End-to-end files each start a Chromium; two at a time suit a 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Unit files share one module graph per worker: the parser is loaded once, not once per file
          // (about 75 s of imports across the files). They keep no state between files; the one that
          // changes the environment puts it back after each test.
          isolate: false,
          include: ['test/**/*.test.ts'],
          exclude: E2E,
          testTimeout: 30_000,
          // A unit test that tries to start a browser fails at once, saying where it belongs.
          env: {
            PUPPETEER_EXECUTABLE_PATH:
              '/no-browser-in-unit-tests (move this test file to the e2e project in vitest.config.ts)',
            CHROME_PATH: '',
          },
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: E2E },
      },
    ],
  },
});
