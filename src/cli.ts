// The `container-gate` binary: wires the real process to the dispatcher.
import { readFileSync } from 'node:fs'
import { main } from './cli/dispatch.js'
import type { CliIo } from './cli/io.js'
import { withoutCommands } from './log.js'

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  // Messages name paths, and a path can hold a newline: run in CI, no line of ours may become a workflow command.
  stderr: (text) => process.stderr.write(withoutCommands(text)),
  stderrStream: process.stderr,
  readStdin: async () => readFileSync(0, 'utf8'),
  cwd: process.cwd(),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
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
