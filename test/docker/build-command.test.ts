import { describe, expect, it } from 'vitest'
import { buildArgs } from '../../src/docker/build-command.js'
import { NO_BUILD_INPUTS } from '../../src/docker/build-inputs.js'

const base = { dockerfile: 'docker/Dockerfile', context: '.', tag: 'app:pr-1', iidFile: '/tmp/b/iid' }

describe('buildArgs', () => {
  it('loads a buildx build into the daemon with plain progress, the context last', () => {
    expect(buildArgs({ ...base, buildx: true, buildArgs: [['A', '1'], ['B', 'x=y']], target: 'release' })).toEqual([
      'buildx', 'build', '--load',
      '--file', 'docker/Dockerfile',
      '--tag', 'app:pr-1',
      '--iidfile', '/tmp/b/iid',
      '--build-arg', 'A=1',
      '--build-arg', 'B=x=y',
      '--target', 'release',
      '--progress', 'plain',
      '.'
    ])
  })

  it('uses the classic builder without BuildKit-only flags, cleaning up failed steps', () => {
    expect(buildArgs({ ...base, buildx: false })).toEqual([
      'build', '--force-rm', '--file', 'docker/Dockerfile', '--tag', 'app:pr-1', '--iidfile', '/tmp/b/iid', '.'
    ])
  })

  it('leaves out an empty target', () => {
    expect(buildArgs({ ...base, buildx: false, target: '' })).not.toContain('--target')
  })

  it('keeps a value with spaces or shell characters as one argument', () => {
    const args = buildArgs({ ...base, buildx: false, buildArgs: [['MSG', 'a b; $(rm -rf /)']] })
    expect(args[args.indexOf('--build-arg') + 1]).toBe('MSG=a b; $(rm -rf /)')
  })

  it("passes build-push-action's inputs as the builders' flags, secrets only as files", () => {
    const flags = {
      ...NO_BUILD_INPUTS,
      secretFiles: [{ id: 'token', src: '/tmp/b/secret-0' }],
      ssh: ['default'],
      cacheFrom: ['type=gha'],
      cacheTo: ['type=gha,mode=max'],
      platforms: ['linux/arm64'],
      buildContexts: ['alpine=docker-image://alpine:3.20'],
      builder: 'ci',
      noCache: true,
      pull: true,
      labels: ['a=b'],
      network: 'host',
      addHosts: ['db:10.0.0.2'],
      shmSize: '1g',
      provenance: 'mode=max',
      sbom: 'true'
    }
    expect(buildArgs({ ...base, buildx: true, metadataFile: '/tmp/b/metadata.json', flags })).toEqual([
      'buildx', 'build', '--load', '--builder', 'ci',
      '--file', 'docker/Dockerfile', '--tag', 'app:pr-1', '--iidfile', '/tmp/b/iid', '--metadata-file', '/tmp/b/metadata.json',
      '--secret', 'id=token,src=/tmp/b/secret-0', '--ssh', 'default', '--cache-from', 'type=gha', '--cache-to', 'type=gha,mode=max',
      '--platform', 'linux/arm64', '--build-context', 'alpine=docker-image://alpine:3.20', '--no-cache', '--pull', '--label', 'a=b',
      '--network', 'host', '--add-host', 'db:10.0.0.2', '--shm-size', '1g', '--provenance', 'mode=max', '--sbom', 'true',
      '--progress', 'plain', '.'
    ])
  })

  it("runs a pre-23 client's BuildKit with plain progress, no metadata file (only buildx writes one)", () => {
    const args = buildArgs({ ...base, buildx: false, buildkit: true, metadataFile: '/tmp/b/m.json', flags: { ...NO_BUILD_INPUTS, secretFiles: [{ id: 't', src: '/s' }] } })
    expect(args).toEqual(['build', '--file', 'docker/Dockerfile', '--tag', 'app:pr-1', '--iidfile', '/tmp/b/iid', '--secret', 'id=t,src=/s', '--progress', 'plain', '.'])
  })
})
