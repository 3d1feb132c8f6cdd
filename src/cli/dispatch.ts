// argv dispatch for the `container-gate` binary. Each command lives in its own module and takes its I/O injected.
import { OUTPUT_FORMATS } from '../lint/output.js'
import { CHECK_FORMATS, RULES_FORMATS } from './formats.js'
import type { CliIo } from './io.js'
import { UsageError } from '../options.js'
import { TOOL_VERSION } from '../version.js'

const USAGE = `Usage: container-gate <command> [options]

Commands:
  lint [--format ${OUTPUT_FORMATS.join('|')}]
       [--config FILE] [--failure-threshold LEVEL] [--no-fail] FILE...
                    lint Dockerfiles (hadolint-compatible codes, config and pragmas); - reads stdin
                    (container-gate lint --help)
  check [--format ${CHECK_FORMATS.join('|')}] [--no-build] [--no-scan] [options]
                    lint, build and scan, then print the gate's verdict (container-gate check --help)
  rules [--format ${RULES_FORMATS.join('|')}]
                    list every rule with its code, default severity, title and docs link
                    (container-gate rules --help)

Options: --help, --version
`

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv
  try {
    if (command === '--version' || command === '-v') {
      io.stdout(`container-gate ${TOOL_VERSION}\n`)
      return 0
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE)
      return command === undefined ? 2 : 0
    }
    // Each command is loaded on demand (in the bundle, from a file of its own): `--version` and `--help` load no
    // rules, `lint` no Docker, Trivy or Actions-cache code.
    if (command === 'lint') return await (await import('./lint-command.js')).runLintCommand(args, io)
    if (command === 'check') {
      const { runCheckCommand, CHECK_USAGE } = await import('./check-command.js')
      if (args.includes('--help') || args.includes('-h')) {
        io.stdout(CHECK_USAGE)
        return 0
      }
      return await runCheckCommand(args, io)
    }
    if (command === 'rules') return (await import('./rules-command.js')).runRulesCommand(args, io)
    throw new UsageError(`unknown command "${command}". Run container-gate --help.`)
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`container-gate: ${e.message}\n`)
      return 2
    }
    // Errors raised on purpose (a bad config file, an unreadable report) carry a message meant for the user.
    io.stderr(`container-gate: ${e instanceof Error ? e.message : String(e)}\n`)
    if (process.env.CONTAINER_GATE_DEBUG && e instanceof Error) io.stderr(`${e.stack}\n`)
    return 2
  }
}
