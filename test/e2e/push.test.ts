// The release build through the bundled action: BuildKit secret mounts read by a RUN, and `push` to a real registry
// on loopback that receives the image only when the gate passes, the `digest` output naming what it stored.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Exec } from '../../src/exec.js'
import { pullRequestExample, runBundledAction } from '../helpers/bundled-action.js'
import type { BundledRun } from '../helpers/bundled-action.js'
import { buildkitDocker } from '../helpers/buildkit-docker.js'
import { dockerEngine } from '../helpers/docker-engine.js'
import { startFakeGitHub } from '../helpers/fake-github.js'
import type { FakeGitHub } from '../helpers/fake-github.js'
import { needs } from '../helpers/optional-tools.js'
import type { ToolCheck } from '../helpers/optional-tools.js'
import { startRegistry } from '../helpers/registry.js'
import type { Registry } from '../helpers/registry.js'
import { trivyFixture, trivyStubEnv } from '../helpers/trivy-stub.js'

const engine = await dockerEngine()
const buildkit = engine.ok ? await buildkitDocker() : undefined
const started = buildkit?.ok ? await startRegistry() : undefined

const secret = 'cg-e2e-Secret-Value-7f3a9c'
const envSecret = 'cg-e2e-Env-Secret-41b2d8'
const sha256 = (text: string): Promise<string> => crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)).then((b) => Buffer.from(b).toString('hex'))

// The first missing piece, for the skip's reason (each helper already fails under CI=true).
const ready: ToolCheck = !engine.ok ? engine : buildkit && !buildkit.ok ? buildkit : started && !started.ok ? started : { ok: true }

describe('push after the gate, with secret mounts', needs('Docker with BuildKit and a registry', ready), () => {
  const registry = (started as { registry: Registry } | undefined)?.registry as Registry
  const event = pullRequestExample()
  const repo = 'cg-e2e/app'
  const local: string[] = []
  let github: FakeGitHub
  let workspace: string
  let failing: BundledRun
  let passing: BundledRun

  const run = (name: string, inputs: Record<string, string>): Promise<BundledRun> => {
    const stub = trivyStubEnv({ report: trivyFixture('trivy-golden-alpine-39.json'), log: join(workspace, '..', `${name}-trivy.log`) })
    return runBundledAction({
      name,
      workspace,
      event: { name: 'pull_request', payload: event },
      env: {
        ...stub,
        // A docker that runs BuildKit first; no trivy is there, so the stand-in one is still found.
        PATH: [...(buildkit?.ok ? buildkit.path : []), stub.PATH].join(':'),
        GITHUB_REPOSITORY: event.repository.full_name,
        GITHUB_SHA: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed',
        GITHUB_API_URL: github.url,
        'INPUT_GITHUB-TOKEN': 'ghs_pushTestToken0001',
        INPUT_DOCKERFILE: 'Dockerfile',
        'INPUT_BUILD-ARGS': `BASE=${(engine as { baseImage: string }).baseImage}`,
        INPUT_BASELINE: 'none',
        INPUT_COMMENT: 'never',
        INPUT_SUGGESTIONS: 'false',
        INPUT_PUSH: 'true',
        INPUT_SECRETS: `token=${secret}`,
        'INPUT_SECRET-ENVS': 'envtoken=CG_E2E_SECRET',
        CG_E2E_SECRET: envSecret,
        INPUT_LABELS: 'org.example.gated=yes',
        // The RUN that prints the secrets runs every time, never answered from an earlier run's cache.
        'INPUT_NO-CACHE': 'true',
        ...inputs
      }
    })
  }

  beforeAll(async () => {
    const [owner, name] = event.repository.full_name.split('/')
    github = await startFakeGitHub({ repository: `${owner}/${name}`, pullRequests: [event.number], token: 'ghs_pushTestToken0001' })
    workspace = mkdtempSync(join(tmpdir(), 'cg-push-'))
    writeFileSync(
      join(workspace, 'Dockerfile'),
      [
        'ARG BASE',
        'FROM ${BASE}',
        // The image keeps only the secrets' hashes; the build log is shown their values, which the action must hide.
        'RUN --mount=type=secret,id=token --mount=type=secret,id=envtoken sha256sum /run/secrets/token /run/secrets/envtoken > /hashes && cat /run/secrets/token /run/secrets/envtoken',
        'USER 65534',
        'CMD ["cat", "/hashes"]'
      ].join('\n') + '\n'
    )
    const failTag = `${registry.host}/${repo}:fail`
    const passTags = [`${registry.host}/${repo}:pass`, `${registry.host}/${repo}:latest`]
    local.push(failTag, ...passTags)
    // The image has CRITICAL vulnerabilities (the replayed report), so the default gate fails.
    failing = await run('fail', { INPUT_TAGS: failTag })
    passing = await run('pass', { INPUT_TAGS: passTags.join(','), 'INPUT_FAIL-ON-VULN': 'none', 'INPUT_FAIL-ON-LINT': 'none' })
  }, 300_000)

  afterAll(async () => {
    await github?.close()
    await registry?.stop()
    await Exec.run('docker', ['image', 'rm', '--force', ...local])
  })

  it('pushes nothing when the gate fails', async () => {
    expect(failing.status, failing.stdout).toBe(1)
    expect(failing.outputs.result).toBe('fail')
    expect(failing.stdout).toMatch(/The gate failed, so nothing is pushed/)
    expect(await registry.manifestDigest(repo, 'fail')).toBeUndefined()
    expect(failing.outputs.digest).toBe('')
  })

  it('pushes every tag once the gate passes, and digest is what the registry stored', async () => {
    expect(passing.status, passing.stdout).toBe(0)
    expect(passing.outputs.result).toBe('pass')
    expect(passing.stdout).toMatch(/::group::prepare scan[\s\S]*::group::build[\s\S]*::group::scan[\s\S]*::group::push/)
    const stored = await registry.manifestDigest(repo, 'pass')
    expect(stored).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(passing.outputs.digest).toBe(stored)
    expect(await registry.manifestDigest(repo, 'latest')).toBe(stored)
    const metadata = JSON.parse(passing.outputs.metadata) as Record<string, string>
    expect(metadata['containerimage.digest']).toBe(stored)
    expect(metadata['containerimage.config.digest']).toBe(passing.outputs['image-id'])
    expect(metadata['image.name']).toBe(`${registry.host}/${repo}:pass,${registry.host}/${repo}:latest`)
  })

  it('ships the image it gated: the pushed image is the one built with the secrets mounted and the labels set', async () => {
    const pulled = await Exec.run('docker', ['run', '--rm', `${registry.host}/${repo}@${passing.outputs.digest}`])
    expect(pulled.stdout).toContain(`${await sha256(secret)}  /run/secrets/token`)
    expect(pulled.stdout).toContain(`${await sha256(envSecret)}  /run/secrets/envtoken`)
    const labels = await Exec.run('docker', ['image', 'inspect', '--format', '{{json .Config.Labels}}', passing.outputs['image-id']])
    expect(JSON.parse(labels.stdout)).toMatchObject({ 'org.example.gated': 'yes' })
  })

  it.skipIf(buildkit?.ok === true && buildkit.buildx)('refuses an input only buildx honours before Trivy is prepared or anything is built', async () => {
    const refused = await run('no-buildx', { INPUT_TAGS: `${registry.host}/${repo}:never`, 'INPUT_CACHE-TO': 'type=gha,mode=max' })
    expect(refused.status).toBe(1)
    expect(refused.stdout).toContain('::error::input cache-to needs buildx, and buildx is not installed here. Add docker/setup-buildx-action before this step')
    expect(refused.stdout).not.toContain('::group::prepare scan')
    expect(refused.stdout).not.toContain('::group::build')
    expect(await registry.manifestDigest(repo, 'never')).toBeUndefined()
  })

  it('never shows a secret: masked for the runner, replaced in the kept build log, absent from the summary and the results file', () => {
    for (const result of [failing, passing]) {
      for (const value of [secret, envSecret]) {
        const lines = result.stdout.split('\n').filter((line) => line.includes(value))
        expect(lines).toEqual([`::add-mask::${value}`])
        expect(result.summary).not.toContain(value)
        expect(readFileSync(result.outputs['results-file'], 'utf8')).not.toContain(value)
      }
      expect(result.stdout).toMatch(/^#\d+ [\d.]+ \*{6}/m)
    }
  })
})
