// A suggestion must keep the container's behaviour: each DL3025 fix of the rule's cases is built before and after
// with the real engine, and the images start the same command as the same user with the same environment.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Exec } from '../../../src/exec.js'
import { dockerEngine } from '../../helpers/docker-engine.js'
import { needs } from '../../helpers/optional-tools.js'
import { DL3025_CASES } from './DL3025.cases.js'

const engine = await dockerEngine()
const tags: string[] = []
const fixed = DL3025_CASES.invalid.filter((c): c is typeof c & { output: string } => typeof c.output === 'string')

interface Startup {
  /** What the container runs: ENTRYPOINT then CMD, with a `sh -c` script read as the words it runs. */
  command: string[]
  user: string
  env: string[]
  healthcheck: string[]
}

/**
 * The words of a plain script, as the shell splits them (the fixes only rewrite scripts without expansions or
 * operators), without the `exec` that hands the shell's place to the program.
 */
function words(script: string): string[] {
  const split = [...script.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!)
  return split[0] === 'exec' ? split.slice(1) : split
}

function isShellForm(argv: readonly string[]): boolean {
  return argv[0] === '/bin/sh' && argv[1] === '-c' && argv[2] !== undefined
}

/** A shell-form argv (`/bin/sh -c SCRIPT [ignored…]`) read as the command its script runs. */
function effective(argv: string[]): string[] {
  return isShellForm(argv) ? words(argv[2]!) : argv
}

async function build(dockerfile: string, tag: string, base: string): Promise<Startup> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-dl3025-'))
  try {
    writeFileSync(join(dir, 'Dockerfile'), dockerfile.replaceAll('alpine:3.20', base))
    tags.push(tag)
    const built = await Exec.run('docker', ['build', '-q', '-t', tag, dir], { env: { DOCKER_BUILDKIT: '0' } })
    if (built.exitCode !== 0) throw new Error(`docker build of\n${dockerfile}\nfailed: ${built.stderr}`)
    const inspected = await Exec.run('docker', ['image', 'inspect', '--format', '{{json .Config}}', tag])
    const config = JSON.parse(inspected.stdout) as { Entrypoint: string[] | null; Cmd: string[] | null; User: string; Env: string[] | null; Healthcheck?: { Test?: string[] } | null }
    const entrypoint = config.Entrypoint ?? []
    // A shell-form ENTRYPOINT's script never reads the CMD it is given.
    const command = isShellForm(entrypoint) ? effective(entrypoint) : [...entrypoint, ...effective(config.Cmd ?? [])]
    const test = config.Healthcheck?.Test ?? []
    const healthcheck = test[0] === 'CMD-SHELL' ? words(test[1] ?? '') : test[0] === 'CMD' ? test.slice(1) : test
    return { command, user: config.User, env: config.Env ?? [], healthcheck }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

afterAll(async () => {
  if (tags.length > 0) await Exec.run('docker', ['image', 'rm', '--force', ...tags])
})

describe('each DL3025 fix, built before and after', needs('Docker', engine), () => {
  const base = engine.ok ? engine.baseImage : ''

  it.each(fixed.map((c, i) => [i, c.code, c.output] as const))('case %i keeps the image\'s startup: %s', async (i, before, after) => {
    const was = await build(before, `container-gate-test/dl3025-fix:${i}-before`, base)
    const now = await build(after, `container-gate-test/dl3025-fix:${i}-after`, base)
    expect(now).toEqual(was)
    expect(was.command.length + was.healthcheck.length).toBeGreaterThan(0)
  })

  it('tells the fix the rule withholds from one it offers: the withheld one would change the startup', async () => {
    // The case: shell form ignores the CMD, exec form appends it.
    const was = await build('FROM alpine:3.20\nENTRYPOINT echo started server\nCMD ["serve"]', 'container-gate-test/dl3025-fix:withheld-before', base)
    const now = await build('FROM alpine:3.20\nENTRYPOINT ["echo", "started", "server"]\nCMD ["serve"]', 'container-gate-test/dl3025-fix:withheld-after', base)
    expect(was.command).toEqual(['echo', 'started', 'server'])
    expect(now.command).toEqual(['echo', 'started', 'server', 'serve'])
  })
})
