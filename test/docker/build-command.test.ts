import { describe, expect, it } from 'vitest'
import { buildArgs } from '../../src/docker/build-command.js'

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
})
