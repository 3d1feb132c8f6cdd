import { insertWordFix } from '../source-fix.js'
import { isFrom } from '../model.js'
import type { Instruction } from '../model.js'
import { cachedIn } from '../mounts.js'
import { hadolintDocs, suggestedFix } from '../rule.js'
import type { Rule, RuleHit } from '../rule.js'
import { runCommands } from '../run-commands.js'
import type { ShellCommand } from '../shell.js'
import { hadolintPasses, parentKey, stageKey } from '../stage-state.js'
import { instructionsOf } from '../walk.js'

const TRUTHY = ['1', 'true', 'True', 'TRUE', 'on', 'On', 'ON', 'yes', 'Yes', 'YES']

export const DL3042: Rule = {
  meta: {
    code: 'DL3042',
    name: 'UsePipNoCacheDir',
    severity: 'warning',
    title: 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`',
    why: 'pip keeps every downloaded wheel in ~/.cache/pip; in an image layer that cache is never reused and only adds size.',
    docsUrl: hadolintDocs('DL3042'),
    fixable: true
  },
  check(model, context) {
    const hits: RuleHit[] = []
    // Most files install nothing with pip: no need to follow ENV through the stages.
    if (!instructionsOf(model, ['RUN'], { onbuild: true }).some((run) => runCommands(run).some((c) => cachingInstall(c) !== undefined))) return hits
    for (const pass of hadolintPasses(model, { onbuild: true })) {
      // Whether ENV PIP_NO_CACHE_DIR is on, by stage name; a stage built FROM another takes over its setting.
      const noCache = new Map<string | undefined, boolean>()
      let stage: string | undefined
      for (const instruction of pass) {
        if (isFrom(instruction)) {
          stage = stageKey(instruction)
          noCache.set(stage, noCache.get(parentKey(instruction)) ?? false)
        } else if (instruction.keyword === 'ENV' && envTurnsCacheOff(instruction)) {
          noCache.set(stage, true)
        } else if (instruction.keyword === 'RUN' && !noCache.get(stage)) {
          // The pip install first: most RUNs have none, and the commands are parsed already for every rule.
          if (!runCommands(instruction).some((c) => cachingInstall(c) !== undefined) || runTurnsCacheOff(instruction)) continue
          const fix = suggestedFix(context, () => insertWordFix(model, instruction, cachingInstall, '--no-cache-dir'))
          hits.push({ line: instruction.line, ...(fix && { fix }) })
        }
      }
    }
    return hits
  }
}

function envTurnsCacheOff(env: Instruction): boolean {
  const value = env.properties.find((p) => p.key === 'PIP_NO_CACHE_DIR')?.value
  return value !== undefined && TRUTHY.includes(value)
}

/** `PIP_NO_CACHE_DIR=<truthy>` anywhere in the RUN (hadolint reads the first one as text), or a pip cache mount. */
function runTurnsCacheOff(run: Instruction): boolean {
  const at = run.args.indexOf('PIP_NO_CACHE_DIR=')
  const value = at === -1 ? '' : run.args.slice(at + 'PIP_NO_CACHE_DIR='.length)
  return TRUTHY.some((t) => value.startsWith(t)) || cachedIn(run, '.cache/pip')
}

/** For a pip install that keeps its cache, the `install` word the fix puts `--no-cache-dir` after. */
function cachingInstall(command: ShellCommand): string | undefined {
  // hadolint compares the name as written (prefixes of it), so `/usr/local/bin/pip` is not a pip.
  const { name } = command
  const pip = (name.startsWith('pip') && command.args.includes('install')) || (name.startsWith('python') && follows(command.args, ['-m', 'pip', 'install']))
  if (!pip) return undefined
  // pipx and pipenv manage their own caches.
  const wrapper = ['pipx', 'pipenv'].some((w) => name.includes(w) || (name.startsWith('python') && follows(command.args, ['-m', w])))
  return !wrapper && !command.args.includes('--no-cache-dir') ? 'install' : undefined
}

function follows(args: readonly string[], words: readonly string[]): boolean {
  return args.some((_, i) => words.every((w, j) => args[i + j] === w))
}
