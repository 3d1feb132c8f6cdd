import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/helpers/count-reporter.ts'],
    testTimeout: 30_000,
    // Docker-backed suites start the engine and import the base image in their hooks.
    hookTimeout: 180_000
  }
})
