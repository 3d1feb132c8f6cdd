// The `container-gate` binary: wires the real process to the dispatcher. Kept small, and the commands live in their
// own bundles (dist/cli-lint.cjs, dist/cli-check.cjs), so that they load after the compile cache is on, and only the
// one a run needs is loaded at all.
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'
import { onFirstUse } from './builtin.js'
import { compileCacheDir, enableCompileCache, loadBundle } from './cli/compile-cache.js'
import { main } from './cli/dispatch.js'
import type { CliIo } from './cli/io.js'
import { withoutCommands } from './log.js'

enableCompileCache(compileCacheDir(process.env, tmpdir()))

// A lint worker runs this entry too, required rather than run: the compile cache goes on as above, then the lint
// bundle loads the way it does here and runs the worker's loop.
const workerCode = `require(${JSON.stringify(fileURLToPath(import.meta.url))}).serveLintWorker()`

export function serveLintWorker(): void {
  ;(loadBundle(fileURLToPath(new URL('./cli-lint.cjs', import.meta.url))) as typeof import('./cli/lint-bundle.js')).serveLintWorker()
}

const threads = onFirstUse<typeof import('node:worker_threads')>('node:worker_threads')

if (require.main === module) run()

function run(): void {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    // Messages name paths, and a path can hold a newline: run in CI, no line of ours may become a workflow command.
    stderr: (text) => process.stderr.write(withoutCommands(text)),
    stderrStream: process.stderr,
    readStdin: async () => readFileSync(0, 'utf8'),
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    startLintWorker: (workerData) => new (threads().Worker)(workerCode, { eval: true, workerData })
  }
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code
    },
    (e: unknown) => {
      process.stderr.write(withoutCommands(`container-gate: ${e instanceof Error ? e.message : String(e)}\n`))
      process.exitCode = 2
    }
  )
}
