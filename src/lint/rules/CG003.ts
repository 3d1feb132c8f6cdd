import { containerGateDocs } from '../rule.js'
import type { Rule } from '../rule.js'
import { programName } from '../shell.js'
import type { ShellCommand } from '../shell.js'
import { runCommands } from '../run-commands.js'

export const CG003: Rule = {
  meta: {
    code: 'CG003',
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

const mavenPhase = (args: string[]): boolean => args.some((a) => ['package', 'install', 'verify'].includes(a))
const gradleTask = (args: string[]): boolean => args.some((a) => ['build', 'assemble', 'bootJar'].includes(a))
const packageManagerBuild = (args: string[]): boolean => firstWord(args) === 'build' || runsBuildScript(args)

// Program → does this argument list build? A Map, so names such as `constructor` never hit Object's prototype.
const BUILDS = new Map<string, (args: string[]) => boolean>([
  ['go', (args) => firstWord(args) === 'build'],
  ['cargo', (args) => firstWord(args) === 'build'],
  ['mvn', mavenPhase],
  ['mvnw', mavenPhase],
  ['gradle', gradleTask],
  ['gradlew', gradleTask],
  ['npm', runsBuildScript],
  ['yarn', packageManagerBuild],
  ['pnpm', packageManagerBuild],
  ['dotnet', (args) => ['publish', 'build'].includes(firstWord(args) ?? '')],
  ['npx', (args) => firstWord(args) === 'tsc'],
  ['tsc', () => true],
  ['make', () => true],
  ['gcc', () => true],
  ['g++', () => true],
  ['cc', () => true]
])

function isBuildCommand(command: ShellCommand): boolean {
  return BUILDS.get(programName(command.name))?.(command.args) ?? false
}

function runsBuildScript(args: string[]): boolean {
  const words = args.filter((a) => !a.startsWith('-'))
  return words[0] === 'run' && words[1] === 'build'
}

function firstWord(args: string[]): string | undefined {
  return args.find((a) => !a.startsWith('-'))
}
