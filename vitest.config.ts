import { defineConfig } from 'vitest/config'

// One runner for the whole repo. Unit tests sit beside their code; integration and end-to-end tests
// start real server processes (and Chromium) from tests/.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.{ts,tsx}',
            'server/src/**/*.test.ts',
            'extension/src/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 60_000,
          // Chromium instances are heavy on two cores: one e2e file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
})
