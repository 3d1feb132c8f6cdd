// ShellCheck's findings for scripts it checked on earlier runs, kept in the CLI's cache folder. An editor or a
// pre-commit hook lints the same file again and again, and a monorepo's Dockerfiles repeat their RUNs word for word;
// a shellcheck process takes 15 ms and more, most of a one-file lint. Its findings depend on nothing but its binary,
// its arguments (with SHELLCHECK_OPTS, which it reads as more of them) and the script (--norc, and sourced files are
// not followed), so an entry is the script itself (not a hash of it: a collision would report another script's
// findings), in a file per shellcheck binary that holds only while that binary (its size, time and inode), the
// arguments and this tool's version are what they were.

import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathHash } from '../path-hash.js'
import { scriptKey, shellcheckArgs, shellcheckDocs } from '../shellcheck/index.js'
import type { ScriptFindings, ShellcheckResults, ShellDialect } from '../shellcheck/index.js'
import { LINT_LEVELS } from '../types.js'
import { TOOL_VERSION } from '../version.js'
import { privateFolder, replaceCacheFile } from './cache-dir.js'

/** A file's bounds: read whole by every run that checks a script, so kept far below what takes a millisecond to read. */
const MAX_ENTRIES = 2000
const MAX_SCRIPT_CHARS = 1 << 20

type Entry = [shell: ShellDialect, script: string, findings: Array<[code: string, level: string, message: string]>]

interface ProgramResults {
  file: string
  key: string
  /** By dialect and script: the entries of the file, then those of this run. */
  known: Map<string, Entry>
  /** The keys this run looked up or added, in that order: kept first when the file is written again. */
  used: Set<string>
  added: boolean
}

/** The results kept in a folder; worker threads open the same folder to read them, and only the main thread saves. */
export interface KeptShellcheckResults extends ShellcheckResults {
  dir: string
  save(): void
}

/**
 * The results kept in `dir` (made if missing), or undefined when `dir` is not the user's own: a folder others can
 * write to could hand this user made-up findings. Entries are read on first use of a shellcheck binary; `save`
 * writes back the files of the binaries that checked new scripts, most recently used entries first.
 */
export function openShellcheckResults(dir: string, shellcheckOpts = process.env.SHELLCHECK_OPTS ?? ''): KeptShellcheckResults | undefined {
  if (!privateFolder(dir)) return undefined
  const programs = new Map<string, ProgramResults | undefined>()
  const of = (program: string): ProgramResults | undefined => {
    if (!programs.has(program)) programs.set(program, load(dir, program, shellcheckOpts))
    return programs.get(program)
  }
  return {
    dir,
    lookup(program, shell, script) {
      const results = of(program)
      const id = scriptKey(shell, script)
      const entry = results?.known.get(id)
      if (entry === undefined) return undefined
      results!.used.add(id)
      return entry[2].map(([code, level, message]) => ({ code, level: level as ScriptFindings[number]['level'], message, docsUrl: shellcheckDocs(code) }))
    },
    store(program, shell, script, findings) {
      const results = of(program)
      if (results === undefined) return
      const id = scriptKey(shell, script)
      results.known.set(id, [shell, script, findings.map((f) => [f.code, f.level, f.message])])
      results.used.add(id)
      results.added = true
    },
    save() {
      for (const results of programs.values()) if (results?.added) replaceCacheFile(results.file, serialise(results))
    }
  }
}

function load(dir: string, program: string, shellcheckOpts: string): ProgramResults | undefined {
  let key: string
  try {
    const { size, mtimeMs, ino } = statSync(program)
    key = `container-gate ${TOOL_VERSION}\n${program} ${size} ${mtimeMs} ${ino}\n${shellcheckArgs('sh', []).join(' ')}\nSHELLCHECK_OPTS=${shellcheckOpts}`
  } catch {
    // The program went away since it was found: it will say so when it is run.
    return undefined
  }
  const file = join(dir, `${pathHash(program)}.json`)
  return { file, key, known: new Map(readEntries(file, key).map((e) => [scriptKey(e[0], e[1]), e])), used: new Set(), added: false }
}

/** The file's entries when it is of this key and well formed; none otherwise (missing, another binary, damaged). */
function readEntries(file: string, key: string): Entry[] {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { key?: unknown; entries?: unknown }
    return saved.key === key && Array.isArray(saved.entries) && saved.entries.every(isEntry) ? saved.entries : []
  } catch {
    return []
  }
}

function isEntry(value: unknown): value is Entry {
  if (!Array.isArray(value) || value.length !== 3 || typeof value[0] !== 'string' || typeof value[1] !== 'string' || !Array.isArray(value[2])) return false
  return value[2].every(
    (f: unknown) => Array.isArray(f) && f.length === 3 && typeof f[0] === 'string' && LINT_LEVELS.includes(f[1]) && typeof f[2] === 'string'
  )
}

function serialise({ key, known, used }: ProgramResults): string {
  const entries: Entry[] = []
  let chars = 0
  const keep = (id: string): boolean => {
    const entry = known.get(id)!
    if (entries.length === MAX_ENTRIES || chars + entry[1].length > MAX_SCRIPT_CHARS) return false
    entries.push(entry)
    chars += entry[1].length
    return true
  }
  // This run's first, then the file's others in their order: those no run has asked for in a long while go first.
  for (const id of used) if (!keep(id)) break
  for (const id of known.keys()) if (!used.has(id) && !keep(id)) break
  return JSON.stringify({ key, entries })
}
