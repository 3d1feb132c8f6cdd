// Figures 4 and 5 of the bench: the bundled action (dist/index.cjs) run the way a GitHub runner runs it, with the
// time spent inside `docker` and `trivy` measured by wrappers, so that what is left is the action's own overhead.
//
// The wrappers are tiny bash scripts named `docker` and `trivy`, first on PATH: each records its start and end
// ($EPOCHREALTIME, no extra process) and its first arguments in a log, and runs the real program with the same stdin,
// stdout and stderr. Tool time is the union of those intervals (the DB download overlaps the build, so a plain sum
// would count that time twice); the bash start-up of each wrapper (a few ms) falls outside them and counts as overhead.
import { spawn, spawnSync } from 'node:child_process'
import { accessSync, chmodSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'

const require = createRequire(import.meta.url)

/** The first PATH entry that holds an executable `name`, skipping `skip`. */
export function which(name, searchPath = process.env.PATH ?? '', skip = '') {
  for (const dir of searchPath.split(delimiter)) {
    if (dir === '' || dir === skip) continue
    const candidate = join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here: keep looking
    }
  }
  return undefined
}

/** The busybox base image from .ci/docker.sh (imported once, then found), or why Docker cannot be used here. */
export function dockerBaseImage(root) {
  if (!which('docker')) return { ok: false, reason: 'docker is not on PATH' }
  const info = spawnSync('docker', ['info'], { encoding: 'utf8' })
  if (info.status !== 0) return { ok: false, reason: `the Docker daemon does not answer (start it: bash .ci/docker.sh start_dockerd)` }
  const made = spawnSync('bash', [join(root, '.ci/docker.sh'), 'make_base_image'], { encoding: 'utf8' })
  const image = made.stdout.trim().split('\n').at(-1)
  if (made.status !== 0 || !image) return { ok: false, reason: `bash .ci/docker.sh make_base_image failed: ${made.stderr.trim()}` }
  return { ok: true, image }
}

/** A folder with the `docker` and `trivy` wrappers; `log` receives one line per call: tool, start s, end s, argv head. */
export function makeWrappers(dir, real, log) {
  mkdirSync(dir, { recursive: true })
  for (const [name, program] of Object.entries(real)) {
    const script = [
      '#!/bin/bash',
      'start=$EPOCHREALTIME',
      `${JSON.stringify(program)} "$@"`,
      'status=$?',
      `printf '%s %s %s %s\\n' ${name} "$start" "$EPOCHREALTIME" "$1 $2" >> ${JSON.stringify(log)}`,
      'exit $status',
      ''
    ].join('\n')
    writeFileSync(join(dir, name), script)
    chmodSync(join(dir, name), 0o755)
  }
}

/** The wrappers' log as intervals in ms since the epoch. */
export function readToolLog(log) {
  if (!existsSync(log)) return []
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const [tool, start, end, ...argv] = l.split(' ')
      return { tool, start: Number(start) * 1000, end: Number(end) * 1000, argv: argv.join(' ').trim() }
    })
}

/** Total length of the union of intervals. */
export function unionMs(intervals) {
  const sorted = [...intervals].sort((a, b) => a.start - b.start)
  let total = 0
  let current
  for (const { start, end } of sorted) {
    if (current && start <= current.end) {
      current.end = Math.max(current.end, end)
    } else {
      if (current) total += current.end - current.start
      current = { start, end }
    }
  }
  return current ? total + current.end - current.start : total
}

/** Length of the overlap of two sets of intervals (each set's own union first). */
export function overlapMs(a, b) {
  return unionMs(a) + unionMs(b) - unionMs([...a, ...b])
}

/** A real pull_request.opened payload from @octokit/webhooks-examples, as the runner writes it to GITHUB_EVENT_PATH. */
export function pullRequestPayload() {
  const examples = require('@octokit/webhooks-examples/api.github.com/index.json')
  const payload = examples.find((e) => e.name === 'pull_request')?.examples.find((e) => e.action === 'opened')
  if (!payload) throw new Error('@octokit/webhooks-examples has no pull_request.opened payload')
  return payload
}

/**
 * One run of the action bundle in `workspace` with `inputs` (as INPUT_* variables) and `env`, the wrappers first on
 * PATH, in a fresh runner folder (RUNNER_TEMP, event payload, output and summary files) under `tempRoot`. Resolves
 * with the wall time from spawn to exit, the exit status, the output, the tools' intervals and the step's outputs.
 */
export async function runAction({ bundle, workspace, wrappers, toolLog, inputs, env = {}, event, tempRoot = tmpdir() }) {
  const dir = mkdtempSync(join(tempRoot, 'runner-'))
  const eventPath = join(dir, 'event.json')
  const outputPath = join(dir, 'output')
  const summaryPath = join(dir, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(event))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  writeFileSync(toolLog, '')
  const started = performance.now()
  const child = spawn(process.execPath, [bundle], {
    cwd: workspace,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: `${wrappers}${delimiter}${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? dir,
      // Trivy's cache dir (the stand-in writes its DB metadata there): a fresh one per run, as on a new runner.
      XDG_CACHE_HOME: join(dir, 'cache'),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: event.repository.full_name,
      GITHUB_SHA: event.pull_request.head.sha,
      GITHUB_SERVER_URL: 'https://github.com',
      // A closed loopback port: the bench never reaches past this machine, and a call the run should not make shows as time.
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_RUN_ID: '4242',
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      RUNNER_TEMP: dir,
      INPUT_COMMENT: 'false',
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      ...env
    }
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const status = await new Promise((resolve) => child.on('close', resolve))
  const ended = performance.now()
  const wallMs = ended - started
  const tools = readToolLog(toolLog)
  const outputs = Object.fromEntries(
    [...readFileSync(outputPath, 'utf8').matchAll(/^([^<\n]+)<<(.+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]])
  )
  return { wallMs, status, output, tools, outputs }
}

/**
 * The action's own time: wall time minus the union of the intervals of the tools in `subtract` (docker and trivy).
 * Other wrapped tools (shellcheck, which the action runs as part of its lint) are listed but stay in the overhead.
 */
export function splitOverhead(run, subtract = ['docker', 'trivy']) {
  const toolsMs = unionMs(run.tools.filter((t) => subtract.includes(t.tool)))
  const byTool = {}
  for (const t of run.tools) {
    byTool[t.tool] ??= { calls: 0, ms: 0, argv: [] }
    byTool[t.tool].calls++
    byTool[t.tool].ms += t.end - t.start
    byTool[t.tool].argv.push(`${t.argv} ${Math.round(t.end - t.start)}ms`)
  }
  return { totalMs: run.wallMs, toolsMs, overheadMs: run.wallMs - toolsMs, byTool }
}
