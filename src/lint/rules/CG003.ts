import { operands } from '../command-args.js'
import { containerGateDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { programName } from '../shell.js'
import type { ShellCommand } from '../shell.js'
import { runCommands } from '../run-commands.js'

export const CG003: Rule = {
  meta: {
    code: 'CG003',
    name: 'BuildInSeparateStage',
    severity: 'warning',
    title: 'A single-stage image builds its own code',
    why: 'Compilers, SDKs and build caches stay in the shipped image, making it larger and giving attackers more tools. Build in one stage and copy only the result into a small runtime stage.',
    docsUrl: containerGateDocs('CG003'),
    fixable: false
  },
  check(model) {
    if (model.stages.length !== 1) return []
    const run = model.stages[0].instructions.find((i) => i.keyword === 'RUN' && runCommands(i).some(isBuildCommand))
    return run ? [{ line: run.line, message: 'This single-stage image builds its code: use a multi-stage build and copy only the output into a slim runtime stage' }] : []
  }
}

/** How a tool reads its arguments: which options take a value (so the value is no subcommand) and what builds. */
interface Tool {
  valued?: { short?: string[]; long?: string[] }
  builds: (words: string[]) => boolean
}

const mavenPhase = (words: string[]): boolean => words.some((a) => ['package', 'install', 'verify'].includes(a))
const gradleTask = (words: string[]): boolean => words.some((a) => ['build', 'assemble', 'bootJar'].includes(a))
const subcommand = (...names: string[]) => (words: string[]): boolean => names.includes(words[0])
const buildScript = (words: string[]): boolean => words[0] === 'run' && words[1] === 'build'
const packageManagerBuild = (words: string[]): boolean => words[0] === 'build' || buildScript(words)
const always = (): boolean => true

// The global options that take a value and may come before the subcommand: `npm --prefix app run build`.
const NPM = { short: ['C', 'w'], long: ['prefix', 'workspace', 'userconfig', 'cache', 'loglevel', 'registry'] }
const YARN = { long: ['cwd', 'modules-folder', 'cache-folder', 'mutex', 'network-timeout', 'registry'] }
const PNPM = { short: ['C', 'F'], long: ['dir', 'filter', 'workspace-dir', 'loglevel', 'registry'] }
const MAVEN = { short: ['f', 's', 'P'], long: ['file', 'settings', 'activate-profiles', 'projects'] }
const GRADLE = { short: ['p', 'b', 'x'], long: ['project-dir', 'build-file', 'exclude-task'] }

// Program → tool. A Map, so names such as `constructor` never hit Object's prototype.
const BUILDS = new Map<string, Tool>([
  ['go', { valued: { short: ['C'] }, builds: subcommand('build') }],
  ['cargo', { valued: { short: ['C', 'Z'], long: ['manifest-path', 'config', 'color'] }, builds: subcommand('build') }],
  ['mvn', { valued: MAVEN, builds: mavenPhase }],
  ['mvnw', { valued: MAVEN, builds: mavenPhase }],
  ['gradle', { valued: GRADLE, builds: gradleTask }],
  ['gradlew', { valued: GRADLE, builds: gradleTask }],
  ['npm', { valued: NPM, builds: buildScript }],
  ['yarn', { valued: YARN, builds: packageManagerBuild }],
  ['pnpm', { valued: PNPM, builds: packageManagerBuild }],
  ['dotnet', { builds: subcommand('publish', 'build') }],
  ['npx', { builds: subcommand('tsc') }],
  ['tsc', { builds: always }],
  ['make', { builds: always }],
  ['gcc', { builds: always }],
  ['g++', { builds: always }],
  ['cc', { builds: always }]
])

function isBuildCommand(command: ShellCommand): boolean {
  // By the last path segment, on purpose: `/usr/local/go/bin/go build` builds as much as `go build` (CG rules are ours, not hadolint's).
  const tool = BUILDS.get(programName(command.name))
  return tool !== undefined && tool.builds(operands(command, tool.valued))
}
