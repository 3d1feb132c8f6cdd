// The `container-gate` binary: wires the real process to the dispatcher.
import { readFileSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { main } from './cli/dispatch.js'
import type { CliIo } from './cli/io.js'

// A CLI run is short, and V8's optimizing compiler takes up code after little use: over a few hundred Dockerfiles it
// spent more time compiling the rules (on threads that compete with the lint for the CPU) than the compiled code saved,
// and a lint of them took half as long again. With eight times its default budget it compiles only code that stays
// hot, such as the parsers on a 10 MB Dockerfile, which still gets faster.
setFlagsFromString('--interrupt-budget=540672')

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
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
    process.stderr.write(`container-gate: ${e instanceof Error ? e.message : String(e)}\n`)
    process.exitCode = 2
  }
)
