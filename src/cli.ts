// The `container-gate` binary: wires the real process to the dispatcher. Kept small, and the commands live in their
// own bundles (dist/cli-lint.cjs, dist/cli-check.cjs), so that they load after the compile cache is on, and only the
// one a run needs is loaded at all.
import { fstatSync, readFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { onFirstUse } from './builtin.js'
import { cliCacheDir, privateFolder } from './cli/cache-dir.js'
import { enableCompileCache, loadBundle } from './cli/compile-cache.js'
import { fdOutput } from './cli/fd-output.js'
import { applySettings, shortLintSettings } from './cli/v8-settings.js'
import { main } from './cli/dispatch.js'
import type { CliIo } from './cli/io.js'
import { withoutCommands } from './log.js'

const cacheDir = cliCacheDir(process.env, tmpdir(), process.getuid?.())
// Inside a folder others can write to, even a folder of this user's own could be swapped for another.
const cacheUsable = privateFolder(cacheDir)
if (cacheUsable) enableCompileCache(join(cacheDir, 'compile-cache'))

// A lint worker runs this entry too, required rather than run: the compile cache goes on as above, then the lint
// bundle loads the way it does here and runs the worker's loop.
const workerCode = `require(${JSON.stringify(fileURLToPath(import.meta.url))}).serveLintWorker()`

// The lint bundle loads dockerfile-ast's bundle through this when it first needs it (scripts/build.mjs).
export { loadBundle }

export function serveLintWorker(): void {
  ;(loadBundle(fileURLToPath(new URL('./cli-lint.cjs', import.meta.url))) as typeof import('./cli/lint-bundle.js')).serveLintWorker()
}

const threads = onFirstUse<typeof import('node:worker_threads')>('node:worker_threads')
const v8 = onFirstUse<typeof import('node:v8')>('node:v8')

function run(): void {
  const io: CliIo = {
    stdout: (text) => output.write(1, text),
    // Messages name paths, and a path can hold a newline: run in CI, no line of ours may become a workflow command.
    stderr: (text) => output.write(2, withoutCommands(text)),
    // Only check's progress needs the stream: set up on first use, like process.stderr itself.
    get stderrStream() {
      streamed = true
      return process.stderr
    },
    readStdin: async () => readFileSync(0, 'utf8'),
    cwd: process.cwd(),
    color: isTerminal(1) && !process.env.NO_COLOR,
    startLintWorker: (workerData) => {
      streamed = true
      return new (threads().Worker)(workerCode, { eval: true, workerData })
    },
    ...(cacheUsable && { cacheDir }),
    // V8 reads its flags each time it decides what to compile, in workers too.
    tuneForLint: (filesPerThread) => applySettings(v8, shortLintSettings(filesPerThread, process.execArgv))
  }
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code
      // Everything is written: ending here spares node tearing the heap down, ~10 ms after a lint of many files. A
      // stream may still hold output (a pipe is asynchronous on macOS): then the process ends once it is written.
      if (!streamed && output.allWritten()) process.exit()
    },
    (e: unknown) => {
      output.write(2, withoutCommands(`container-gate: ${e instanceof Error ? e.message : String(e)}\n`))
      process.exitCode = 2
    }
  )
}

/**
 * Whether output may have gone through a stream rather than write() alone: a command took process.stderr for itself,
 * or a worker started, whose output node passes on through this thread's streams.
 */
let streamed = false
const output = fdOutput({ writeSync, stream: (fd) => (fd === 1 ? process.stdout : process.stderr) })

/**
 * Whether output goes to a terminal, without loading node:tty (it loads net): a character device. The other
 * character devices output is sent to, /dev/null and the like, discard it, colours and all.
 */
function isTerminal(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice()
  } catch {
    return false
  }
}

// Last, once every declaration above is in place: --version writes before this returns.
if (require.main === module) run()
