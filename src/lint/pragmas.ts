// The comments that steer the linter, read once per file from the model:
//   # hadolint ignore=DL3008,CG001 # reason   → the instruction that starts on the next line
//   # hadolint global ignore=DL3008           → the whole file
//   # hadolint stage ignore=DL3008            → directly above a FROM: the stage's instructions after that FROM
//   # hadolint shell=pwsh                     → the shell ShellCheck assumes (see pragmaShell)
//   # check=skip=A,B;error=true;experimental=C → BuildKit's directive, in the leading directive block
//   # check=skip=A                            → BuildKit's per-instruction form, in the comments above an instruction
// Codes may be DL/SC/CG codes or BuildKit check names; `resolve` maps the latter to our rule codes.

import type { Comment, DockerfileModel } from './model.js'
import { CHECK_NAME_SHAPE, CODE_SHAPE, ruleFamily } from './profiles.js'
import type { CodeResolver } from './profiles.js'

export interface CheckDirective {
  skip: Set<string>
  /** `skip=all`: every BuildKit check that `experimental` does not name. */
  skipAll: boolean
  /** `error=true`: BuildKit checks fail the build, so their findings are errors. */
  error: boolean
  /** Experimental (default-off) BuildKit checks to run. */
  experimental: Set<string>
  experimentalAll: boolean
}

export interface Pragmas {
  /** Codes ignored everywhere in the file. */
  global: Set<string>
  /** Line → codes ignored for findings on that line (inline ignores and per-instruction check=skip). */
  byLine: Map<number, Set<string>>
  /** Stage ignores: findings on lines `from`..`to` (inclusive). */
  ranges: Array<{ from: number; to: number; codes: Set<string> }>
  check: CheckDirective
  /** `# hadolint shell=` pragmas in file order, and the FROM lines that scope them. */
  shells: Array<{ line: number; shell: string }>
  fromLines: number[]
}

export interface PragmaOptions {
  /** hadolint's `disable-ignore-pragma`: no comment in the Dockerfile may silence a finding. */
  disableIgnorePragma?: boolean
}

export type IgnoreScope = 'inline' | 'global' | 'stage'

const IGNORE = /^hadolint\s+(?:(global|stage)\s+)?ignore\s*=(.*)$/
const SHELL = /^hadolint\s+shell\s*=\s*(\S+)\s*(?:#.*)?$/
const DIRECTIVE = /^([A-Za-z]+)\s*=\s*(.*)$/
const DIRECTIVE_KEYS = ['syntax', 'escape', 'check']
/**
 * BuildKit reports these for the file as a whole, so its per-instruction `check=skip` does not silence them even
 * when they point at that instruction.
 */
const WHOLE_FILE_CHECKS = new Set(['ConsistentInstructionCasing', 'DuplicateStageName', 'ReservedStageName', 'NoEmptyContinuation', 'InvalidDefaultArgInFrom'])

/**
 * The codes of a `# hadolint [global|stage] ignore=` comment (the text after `#`), or undefined when it is not
 * one. As in hadolint, one malformed code voids the whole pragma, and a reason needs its own `#`.
 */
export function parseIgnorePragma(text: string): { scope: IgnoreScope; codes: string[] } | undefined {
  const match = IGNORE.exec(text)
  if (!match) return undefined
  const codes = match[2].replace(/#.*$/, '').split(',').map((c) => c.trim())
  if (!codes.every((c) => CODE_SHAPE.test(c) || CHECK_NAME_SHAPE.test(c))) return undefined
  return { scope: (match[1] as IgnoreScope | undefined) ?? 'inline', codes }
}

export function readPragmas(model: DockerfileModel, resolve: CodeResolver, options: PragmaOptions = {}): Pragmas {
  const { comments, instructions } = model
  const fromLines = model.stages.map((s) => s.from.line)
  // Both pragmas start with `hadolint`: the other comments are not searched.
  const shells: Pragmas['shells'] = []
  for (let n = 0; n < comments.length; n++) {
    const c = comments[n]
    const match = c.text.startsWith('hadolint') ? SHELL.exec(c.text) : null
    if (match) shells.push({ line: c.line, shell: match[1] })
  }
  const pragmas: Pragmas = { global: new Set(), byLine: new Map(), ranges: [], check: emptyDirective(), shells, fromLines }
  if (options.disableIgnorePragma || comments.length === 0) return pragmas
  const toCodes = (names: readonly string[]): string[] => names.flatMap((n) => resolve(n) ?? [n])

  for (let n = 0; n < comments.length; n++) {
    const comment = comments[n]
    const pragma = comment.text.startsWith('hadolint') ? parseIgnorePragma(comment.text) : undefined
    if (!pragma) continue
    const codes = toCodes(pragma.codes)
    if (pragma.scope === 'global') addAll(pragmas.global, codes)
    else if (pragma.scope === 'inline') addAll(setAt(pragmas.byLine, comment.line + 1), codes)
    else {
      const stage = fromLines.indexOf(comment.line + 1)
      if (stage === -1) continue
      const to = stage + 1 < fromLines.length ? fromLines[stage + 1] - 1 : Number.POSITIVE_INFINITY
      pragmas.ranges.push({ from: fromLines[stage] + 1, to, codes: new Set(codes) })
    }
  }

  const block = directiveBlock(comments)
  const fileCheck = block.find((c) => c.key === 'check')
  if (fileCheck) pragmas.check = parseCheck(fileCheck.value, toCodes) ?? pragmas.check
  let previousEnd = 0
  // Comments and instructions are both in line order: each comment is looked at once, before the instruction after it.
  let next = 0
  for (let n = 0; n < instructions.length && next < comments.length; n++) {
    const instruction = instructions[n]
    for (; next < comments.length && comments[next].line < instruction.line; next++) {
      const comment = comments[next]
      // A directive's name is letters from the first character: only one starting with a `c` can be `check`.
      if ((comment.text.charCodeAt(0) | 0x20) !== 0x63 || comment.line <= previousEnd || block.some((c) => c.line === comment.line)) continue
      const directive = DIRECTIVE.exec(comment.text)
      if (directive?.[1].toLowerCase() !== 'check') continue
      const perInstruction = (names: readonly string[]): string[] => toCodes(names.filter((name) => !WHOLE_FILE_CHECKS.has(name)))
      addAll(setAt(pragmas.byLine, instruction.line), [...(parseCheck(directive[2], perInstruction)?.skip ?? [])])
    }
    previousEnd = instruction.endLine
  }
  return pragmas
}

export function isIgnored(pragmas: Pragmas, code: string, line: number): boolean {
  if (pragmas.global.has(code) || pragmas.byLine.get(line)?.has(code)) return true
  // Asked for every hit of every rule: an indexed loop, with no iterator to allocate.
  for (let r = 0; r < pragmas.ranges.length; r++) {
    const { from, to, codes } = pragmas.ranges[r]
    if (line >= from && line <= to && codes.has(code)) return true
  }
  const { check } = pragmas
  return check.skip.has(code) || (check.skipAll && ruleFamily(code) === 'buildkit' && !isExperimentalOn(pragmas, code))
}

/** True when BuildKit's `experimental=` names the check (or says `all`): it runs although it is off by default. */
export function isExperimentalOn(pragmas: Pragmas, code: string): boolean {
  return pragmas.check.experimental.has(code) || (pragmas.check.experimentalAll && ruleFamily(code) === 'buildkit')
}

/**
 * The shell a `# hadolint shell=` pragma sets for an instruction on `line`, as hadolint's ShellCheck step sees it:
 * a pragma before the first FROM is the default for every stage; one inside a stage holds until the next FROM.
 * Undefined when no pragma applies (the SHELL instruction and the default shell are the caller's business).
 */
export function pragmaShell(pragmas: Pragmas, line: number): string | undefined {
  if (pragmas.shells.length === 0) return undefined
  const firstFrom = pragmas.fromLines[0] ?? Number.POSITIVE_INFINITY
  const stageStart = pragmas.fromLines.filter((l) => l <= line).at(-1)
  const fileDefault = pragmas.shells.filter((s) => s.line < firstFrom).at(-1)?.shell
  if (stageStart === undefined) return fileDefault
  return pragmas.shells.filter((s) => s.line > stageStart && s.line < line).at(-1)?.shell ?? fileDefault
}

/** The leading `# key=value` comments BuildKit reads as parser directives: consecutive from line 1. */
function directiveBlock(comments: readonly Comment[]): Array<{ line: number; key: string; value: string }> {
  const block: Array<{ line: number; key: string; value: string }> = []
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text)
    if (comment.line !== block.length + 1 || !match || !DIRECTIVE_KEYS.includes(match[1].toLowerCase())) break
    block.push({ line: comment.line, key: match[1].toLowerCase(), value: match[2] })
  }
  return block
}

/**
 * BuildKit's check value: cut at the first space (so a reason may follow), at most three `;` parts, each
 * `skip=`, `error=` or `experimental=`. Anything else makes BuildKit reject the directive, so it is void here.
 */
function parseCheck(value: string, toCodes: (names: readonly string[]) => string[]): CheckDirective | undefined {
  const directive = emptyDirective()
  for (const part of value.split(/\s/)[0].split(';').slice(0, 3)) {
    const [key, ...rest] = part.split('=')
    const list = rest.join('=').split(',').map((s) => s.trim()).filter(Boolean)
    if (key === 'skip') {
      directive.skipAll ||= list.includes('all')
      addAll(directive.skip, toCodes(list.filter((n) => n !== 'all')))
    } else if (key === 'experimental') {
      directive.experimentalAll ||= list.includes('all')
      addAll(directive.experimental, toCodes(list.filter((n) => n !== 'all')))
    } else if (key === 'error') {
      directive.error = rest.join('=').toLowerCase() === 'true'
    } else {
      return undefined
    }
  }
  return directive
}

function emptyDirective(): CheckDirective {
  return { skip: new Set(), skipAll: false, error: false, experimental: new Set(), experimentalAll: false }
}

function addAll(target: Set<string>, codes: readonly string[]): void {
  for (const code of codes) target.add(code)
}

function setAt(map: Map<number, Set<string>>, line: number): Set<string> {
  const existing = map.get(line)
  if (existing) return existing
  const created = new Set<string>()
  map.set(line, created)
  return created
}
