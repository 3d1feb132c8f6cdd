// `container-gate check` builds one stage (`--target`): the final-image rules judge that stage, and the built image's
// config decides who it runs as. Needs a Docker engine (see test/helpers/docker-engine.ts).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Exec } from '../../src/exec.js'
import { CLI, runNode } from '../hostile/run.js'
import { dockerEngine } from '../helpers/docker-engine.js'
import { needs } from '../helpers/optional-tools.js'

const engine = await dockerEngine()
const tag = `container-gate-test/prod-rules-target:${process.pid}`

// awesome-compose's layout: the stage compose builds, then a development stage that runs as root.
const DOCKERFILE = ['ARG BASE', 'FROM ${BASE} AS builder', 'USER 65534', 'CMD ["true"]', '', 'FROM builder AS dev-envs', 'USER root', 'CMD ["sh"]'].join('\n') + '\n'

afterAll(async () => {
  if (engine.ok) await Exec.run('docker', ['image', 'rm', '--force', tag])
})

describe('container-gate check --target', needs('Docker', engine), () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-check-target-'))
  writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE)
  const check = (...args: string[]) =>
    runNode(CLI, ['check', '--no-scan', '--image', tag, '--build-arg', `BASE=${engine.ok ? engine.baseImage : ''}`, '--format', 'markdown', ...args], { cwd: dir })

  it('judges the stage it builds: the dev-envs stage the build never reaches does not fail the gate', async () => {
    const r = await check('--target', 'builder')
    expect(r.stdout).not.toMatch(/CG001|CG008/)
    expect(r.status, r.stdout + r.stderr).toBe(0)
  })

  it('reports a root USER of the built stage once, on its line, though the built image confirms it', async () => {
    const r = await check()
    expect(r.status).toBe(1)
    expect(r.stdout.match(/CG001/g)?.length).toBeGreaterThan(0)
    expect(r.stdout).not.toContain('CG008')
  })

  it('stops with exit 2 naming the stages when the target names none', async () => {
    const r = await check('--target', 'prod')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('Dockerfile: no stage is named "prod" (the target to build); the named stages are builder, dev-envs.')
  })
})
