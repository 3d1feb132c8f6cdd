import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Docker-backed tests share one engine; running files in parallel would contend for it.
    fileParallelism: true,
    testTimeout: 30_000,
    hookTimeout: 180_000
  }
})
