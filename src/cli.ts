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

function run(): void {
  const io: CliIo = {
    stdout: (text) => write(1, text),
    // Messages name paths, and a path can hold a newline: run in CI, no line of ours may become a workflow command.
    stderr: (text) => write(2, withoutCommands(text)),
    // Only check's progress needs the stream: set up on first use, like process.stderr itself.
    get stderrStream() {
      return process.stderr
    },
    readStdin: async () => readFileSync(0, 'utf8'),
    cwd: process.cwd(),
    color: isTerminal(1) && !process.env.NO_COLOR,
    startLintWorker: (workerData) => new (threads().Worker)(workerCode, { eval: true, workerData }),
    ...(cacheUsable && { cacheDir })
  }
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code
    },
    (e: unknown) => {
      write(2, withoutCommands(`container-gate: ${e instanceof Error ? e.message : String(e)}\n`))
      process.exitCode = 2
    }
  )
}

/**
 * All of `text` to stdout or stderr, written before this returns, as process.stdout and process.stderr write to files
 * and pipes on Linux; without their stream objects, whose set-up (net, tty, stream) cost a one-file lint several ms.
 * Once a descriptor is non-blocking (a worker thread's output makes this thread set up the stream, which makes it so),
 * the stream takes that output and the rest, in order. A reader that has gone (`| head`) ends the output quietly,
 * whichever way it was going: the rest is dropped, not raised as an error (node's default for a stream).
 */
function write(fd: 1 | 2, text: string): void {
  if (output[fd] === 'gone') return
  if (output[fd] === 'stream') {
    stream(fd).write(text)
    return
  }
  const bytes = Buffer.from(text)
  for (let done = 0; done < bytes.length; ) {
    try {
      done += writeSync(fd, bytes, done)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'EAGAIN' && code !== 'EPIPE') throw error
      if (code === 'EPIPE') {
        output[fd] = 'gone'
        return
      }
      output[fd] = 'stream'
      stream(fd)
        .on('error', (streamError: NodeJS.ErrnoException) => {
          if (streamError.code !== 'EPIPE') throw streamError
          output[fd] = 'gone'
        })
        .write(bytes.subarray(done))
      return
    }
  }
}

const output: Record<1 | 2, 'written' | 'stream' | 'gone'> = { 1: 'written', 2: 'written' }
const stream = (fd: 1 | 2): NodeJS.WriteStream => (fd === 1 ? process.stdout : process.stderr)

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
