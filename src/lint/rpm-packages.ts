// What the yum, dnf/microdnf and zypper rules (DL3030–DL3041) ask of a command, read as hadolint reads it:
// a subcommand is any argument equal to the word, wherever it stands (`yum -y install` and `yum install -y`).
import { hasArg, hasFlag, isProgram, nonFlagArgs } from './command-args.js'
import { memoize } from './memo.js'
import { isFrom } from './model.js'
import type { DockerfileModel, Instruction } from './model.js'
import type { RuleHit } from './rule.js'
import { runCommands } from './run-commands.js'
import type { ShellCommand } from './shell.js'
import { insertWordFix } from './source-fix.js'
import { hadolintPasses, parentKey } from './stage-state.js'
import { runsRunning } from './walk.js'

export const YUM = ['yum'] as const
export const DNF = ['dnf', 'microdnf'] as const
export const ZYPPER = ['zypper'] as const

/** `program … subcommand …` for one of `programs` and one of `subcommands`. */
export function runsSubcommand(command: ShellCommand, programs: readonly string[], subcommands: readonly string[]): boolean {
  return programs.includes(command.name) && command.args.some((a) => subcommands.includes(a))
}

const INSTALLS = ['install', 'groupinstall', 'localinstall']

/**
 * DL3030 (yum) and DL3038 (dnf, microdnf): each RUN (+ONBUILD) with an install by one of `programs` that has no
 * -y/--assumeyes, with a fix that puts `-y` after the install subcommand.
 */
export function installsWithoutYes(model: DockerfileModel, programs: readonly string[]): RuleHit[] {
  const missingYes = (command: ShellCommand): string | undefined =>
    runsSubcommand(command, programs, INSTALLS) && !hasFlag(command, 'y', 'assumeyes') ? command.args.find((a) => INSTALLS.includes(a)) : undefined
  return runsRunning(model, programs, { onbuild: true })
    .filter(({ commands }) => commands.some((c) => missingYes(c) !== undefined))
    .map(({ instruction }) => {
      const fix = insertWordFix(model, instruction, missingYes, '-y')
      return { line: instruction.line, ...(fix && { fix }) }
    })
}

/**
 * True when nothing in `commands` installs, or when a cleanup runs after the last install: a cleanup that
 * comes first leaves the install's cache in the layer.
 */
export function cleansUpAfterInstall(commands: readonly ShellCommand[], installs: (c: ShellCommand) => boolean, cleans: (c: ShellCommand) => boolean): boolean {
  let last = -1
  commands.forEach((c, i) => {
    if (installs(c)) last = i
  })
  return last === -1 || commands.slice(last + 1).some(cleans)
}

/** `rm -rf …` or `rm … <path>`: hadolint accepts either word as a cache cleanup. */
export function removesCache(command: ShellCommand, path: string): boolean {
  return isProgram(command, 'rm') && hasArg(command, '-rf', path)
}

/**
 * Whether an rpm install pins the versions it asks for (DL3033, DL3041). Packages are the non-flag words
 * after `install` (flag values included, as hadolint reads them); `module install` names streams that need
 * a `:stream`; commands with one of `exempt` (dnf's `group`) are not checked.
 */
export function unpinnedRpmInstall(command: ShellCommand, programs: readonly string[], exempt: readonly string[], declared: ReadonlySet<string>): boolean {
  if (!runsSubcommand(command, programs, ['install'])) return false
  const words = nonFlagArgs(command).filter((a) => a !== 'install' && a !== 'module')
  if (hasArg(command, 'module')) return words.some((w) => !w.includes(':'))
  if (hasArg(command, ...exempt)) return false
  return words.some((w) => !rpmVersionPinned(w, declared))
}

// Characters of an rpm version or release: `1.2.3`, `2:1.0~rc1^git`, `el9_2`.
const VERSION_PART = /^[A-Za-z0-9.~^_:+]*$/

/**
 * `name-version[-release]`: some part after a `-` starts with a digit and every part after the first `-` is
 * made of version characters. An `.rpm` file with a `-` counts as pinned, and so does a `${VAR}` naming a
 * declared ARG or ENV.
 */
export function rpmVersionPinned(pkg: string, declared: ReadonlySet<string>): boolean {
  const parts = pkg.split('-')
  if (parts.length <= 1) return false
  if (pkg.endsWith('.rpm')) return true
  if (pkg.includes('$')) return [...declared].some((name) => pkg.includes(`\${${name}}`))
  const version = parts.slice(1)
  return version.every((p) => VERSION_PART.test(p)) && version.some((p) => /^[0-9]/.test(p))
}

const RPM_TOOLS: readonly string[] = [...YUM, ...DNF]

/**
 * Each RUN that runs yum, dnf or microdnf (the only ones DL3033 and DL3041 read), with the ARG and ENV names
 * declared before it. ARGs count from anywhere earlier in the file; ENVs from the current stage and, through
 * `FROM <alias>`, the stage it builds on. ONBUILD RUNs see only the names that earlier ONBUILD ARG/ENV
 * instructions declare (hadolint's separate ONBUILD pass).
 */
export const runsWithDeclaredNames = memoize((model: DockerfileModel): ReadonlyArray<{ instruction: Instruction; commands: ShellCommand[]; declared: ReadonlySet<string> }> => {
  const out: Array<{ instruction: Instruction; commands: ShellCommand[]; declared: ReadonlySet<string> }> = []
  // Most files run none of them: no need to walk the declarations.
  if (runsRunning(model, RPM_TOOLS, { onbuild: true }).length === 0) return out
  for (const pass of hadolintPasses(model, { onbuild: true })) {
    const args = new Set<string>()
    const stages: Array<{ alias?: string; envs: Set<string> }> = [{ envs: new Set() }]
    // The first stage of each name, as a FROM builds on; looked up by name, since a long file has thousands.
    const byAlias = new Map<string, { envs: Set<string> }>()
    // The RUNs between two ARGs, ENVs or FROMs share one set: a set per RUN was quadratic in a long file.
    let declared: ReadonlySet<string> | undefined
    for (const instruction of pass) {
      const current = stages[stages.length - 1]
      if (isFrom(instruction)) {
        const stage = { alias: instruction.alias, envs: new Set(byAlias.get(parentKey(instruction))?.envs) }
        stages.push(stage)
        if (stage.alias !== undefined && !byAlias.has(stage.alias)) byAlias.set(stage.alias, stage)
        declared = undefined
      } else if (instruction.keyword === 'ENV') {
        for (const p of instruction.properties) current.envs.add(p.key)
        declared = undefined
      } else if (instruction.keyword === 'ARG') {
        for (const p of instruction.properties) args.add(p.key)
        declared = undefined
      } else if (instruction.keyword === 'RUN') {
        const commands = runCommands(instruction, model)
        if (!commands.some((c) => RPM_TOOLS.includes(c.name))) continue
        declared ??= new Set([...args, ...current.envs])
        out.push({ instruction, commands, declared })
      }
    }
  }
  return out.sort((a, b) => a.instruction.line - b.instruction.line)
}, 'file')
