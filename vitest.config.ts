import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests run at once; tests of the built site (dist/
// assertions and the real browser) share one fixture build made in globalSetup.
export default getViteConfig(defineConfig({
  test: {
    // Check and build messages follow the locale; the tests read the English ones.
    env: { PRESS_MESSAGES_LANG: 'en' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One browser and one server per file; two files at a time fit two cores.
          maxWorkers: 2,
        },
      },
    ],
  },
}) as never);
