import type { Reporter, TestModule } from 'vitest/node'
import type { MissingTool } from './optional-tools.js'

/**
 * Ends the run with one plain line, `tests: N passed, N failed, N skipped`, that any CI log reader can count
 * without knowing Vitest's own summary layout. When tests were skipped for a missing tool (optional-tools.ts), one
 * more line after it names each tool, how many tests it would have run, why it is missing and how to get it.
 * Under CI=true any skipped test fails the run: CI installs every tool, so a skip there means lost coverage.
 */
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    const missing = new Map<string, { tool: MissingTool; tests: number }>()
    for (const mod of testModules) {
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) failed++
      for (const test of mod.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failed++
        else {
          skipped++
          const tool = test.meta().missingTool
          if (tool === undefined) continue
          const key = `${tool.tool}\0${tool.reason}`
          missing.set(key, { tool, tests: (missing.get(key)?.tests ?? 0) + 1 })
        }
      }
    }
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`)
    if (missing.size > 0) process.stdout.write(`${skippedLine([...missing.values()])}\n`)
    if (process.env.CI === 'true' && skipped > 0) {
      process.stdout.write(`CI=true: ${skipped} skipped ${skipped === 1 ? 'test fails' : 'tests fail'} the run (CI must run every test)\n`)
      process.exitCode = 1
    }
  }
}

/** `SKIPPED for missing tools: Docker (12 tests): why, and how to get it; ShellCheck (6 tests): …`, on one line. */
export function skippedLine(groups: ReadonlyArray<{ tool: MissingTool; tests: number }>): string {
  const parts = groups.map(({ tool, tests }) => `${tool.tool} (${tests} ${tests === 1 ? 'test' : 'tests'}): ${tool.reason.replace(/\s+/g, ' ').trim()}`)
  return `SKIPPED for missing tools: ${parts.join('; ')}`
}
