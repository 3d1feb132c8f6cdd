// The lint of a list of files, as one thread runs it: the main thread with --jobs 1, or each worker on its share.

import { resolve, sep } from 'node:path'
import { lintRules, rules, safeParse } from '../lint/index.js'
import type { LintConfig, RuleFindings } from '../lint/index.js'
import type { DockerfileModel } from '../lint/model.js'
import { missingTarget } from '../lint/stages.js'
import { readTextFile } from '../real-paths.js'
import { findShellcheck, notOnPath, shellcheckDockerfiles } from '../shellcheck/index.js'
import type { ShellcheckResults } from '../shellcheck/index.js'
import type { BaseImageConfig, LintFinding } from '../types.js'

/** A file to lint; `text` or `unreadable` when it was read already (stdin, which only the main thread can read). */
export interface LintSource {
  file: string
  text?: string
  unreadable?: string
}

/** One file's result, in a form a worker can post: what to print on stderr travels with the findings. */
export interface FileOutcome {
  file: string
  findings: LintFinding[]
  /** Why the file could not be read, or linted as asked (a --target it has no stage for); the run then exits 2. */
  unreadable?: string
  /** ShellCheck did not run at all, and why: said once per run. */
  shellcheckSkipped?: string
  /** This file's scripts were too much for ShellCheck. */
  tooLarge?: string
}

// Files per ShellCheck batch: enough to share a process's start-up among many files, few enough to keep parsing and
// ShellCheck going side by side. Also the share of work a worker takes at a time.
export const GROUP_SIZE = 50

/** lint --docker: the base images' configs for a group's models, by image reference, from the engine. */
export type BaseConfigReader = (models: readonly DockerfileModel[]) => Promise<ReadonlyMap<string, BaseImageConfig>>

/** What a thread may use besides the files: the engine's base images (--docker), ShellCheck's kept results. */
export interface LintFilesOptions {
  readBases?: BaseConfigReader
  shellcheckResults?: ShellcheckResults
}

/**
 * Lints the files in order. In groups: ShellCheck checks a group's scripts in a few processes, and while it does, this
 * thread parses the next group (starting ShellCheck on it) and runs the rules over this one; ShellCheck's findings go
 * through the same config and pragma filter when it is done. A file that cannot be read does not stop the others. With
 * nothing to run beside the rules, one file at a time instead (lintEachAlone).
 */
export async function lintFiles(sources: readonly LintSource[], config: LintConfig, cwd: string, { readBases, shellcheckResults }: LintFilesOptions = {}): Promise<FileOutcome[]> {
  if (readBases === undefined && findShellcheck() === undefined) return lintEachAlone(sources, config, cwd)
  const outcomes: FileOutcome[] = []
  const groups = chunks(sources, GROUP_SIZE)
  let next = groups.length > 0 ? parseGroup(groups[0]!, cwd, shellcheckResults) : undefined
  for (let g = 0; g < groups.length; g++) {
    const group = next!
    if (g + 1 < groups.length) next = parseGroup(groups[g + 1]!, cwd, shellcheckResults)
    const bases = readBases && (await readBases(group.read.flatMap((r) => ('model' in r ? [r.model] : []))))
    // Each parsed file's rules, while ShellCheck checks the group: its results come one per parsed file.
    const linted = group.read.map((read) => lintRead(read, config, bases))
    const shellcheck = await group.shellcheck
    let parsed = 0
    for (const read of linted) {
      if ('outcome' in read) {
        // A file that was parsed has its place in ShellCheck's results, whether or not it was linted.
        if (read.parsed) parsed++
        outcomes.push(read.outcome)
        continue
      }
      const { hits, skipped, tooLarge } = shellcheck[parsed++]!
      outcomes.push({
        file: read.file,
        findings: read.rules.withExternal(hits),
        ...(skipped !== undefined && { shellcheckSkipped: skipped }),
        ...(tooLarge !== undefined && { tooLarge })
      })
    }
  }
  return outcomes
}

/**
 * The files one at a time, when nothing runs beside the rules (no ShellCheck, no engine to ask): each is parsed just
 * before its rules, and its model dropped after them. Held for a group, the models were copied by every garbage
 * collection meanwhile, some 10 ms of pauses over 463 files. Whether ShellCheck was missed is said with the first
 * file that has a script, as the run says it once.
 */
function lintEachAlone(sources: readonly LintSource[], config: LintConfig, cwd: string): FileOutcome[] {
  let said = false
  return sources.map((source) => {
    const read = readAndParse(source, cwd)
    const linted = lintRead(read, config, undefined)
    if ('outcome' in linted) return linted.outcome
    const skipped = said ? undefined : notOnPath([linted.model])
    said ||= skipped !== undefined
    return { file: read.file, findings: linted.rules.findings, ...(skipped !== undefined && { shellcheckSkipped: skipped }) }
  })
}

type ReadFile = { file: string; model: DockerfileModel } | { file: string; unreadable: string }

/** A read file's rules, or its outcome when it could not be read or linted; `parsed` when it was parsed all the same. */
function lintRead(
  read: ReadFile,
  config: LintConfig,
  bases: ReadonlyMap<string, BaseImageConfig> | undefined
): { outcome: FileOutcome; parsed?: true } | { file: string; model: DockerfileModel; rules: RuleFindings } {
  if ('unreadable' in read) return { outcome: { file: read.file, findings: [], unreadable: read.unreadable } }
  // The build would fail, so the final-image rules would judge nothing: say so rather than pass the file.
  const wrongTarget = missingTarget(read.model, config.target)
  if (wrongTarget) return { outcome: { file: read.file, findings: [], unreadable: `${wrongTarget}; fix --target` }, parsed: true }
  // Fixes are for the action's review suggestions: no output of lint shows them.
  return { rules: lintRules(rules, read.model, read.file, config, { ...(bases && { bases }), fixes: false }), file: read.file, model: read.model }
}

/** The list cut into runs of `size` items, the last one shorter. */
export function chunks<T>(list: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size))
}

/** Reads and parses a group of files, and starts ShellCheck on the ones it parsed. */
function parseGroup(sources: readonly LintSource[], cwd: string, results: ShellcheckResults | undefined) {
  const read = sources.map((source) => readAndParse(source, cwd))
  const models = read.flatMap((r) => ('model' in r ? [r.model] : []))
  return { read, shellcheck: shellcheckDockerfiles(models, { results }) }
}

function readAndParse(source: LintSource, cwd: string): ReadFile {
  const text = source.text ?? (source.unreadable !== undefined ? { reason: source.unreadable } : readSource(source.file, cwd))
  return typeof text === 'string' ? { file: source.file, model: safeParse(text) } : { file: source.file, unreadable: text.reason }
}

// Synchronous: a read through the thread pool per file left the thread idle for most of a run over many small files.
function readSource(file: string, cwd: string): string | { reason: string } {
  return readTextFile(isResolved(file) ? file : resolve(cwd, file))
}

// A path with a `.` or `..` part, a doubled or a trailing slash.
const UNRESOLVED_PARTS = /\/\.{0,2}(?:\/|$)/

/**
 * Whether `path` is what resolve() would make of it, which for an absolute path is a second reading of every character
 * (about 1% of the instructions of a lint of 463 files given by absolute path, as editors and scripts give them). On
 * POSIX only: Windows paths have other separators and drive letters.
 */
export function isResolved(path: string): boolean {
  return sep === '/' && path.startsWith('/') && !UNRESOLVED_PARTS.test(path)
}
