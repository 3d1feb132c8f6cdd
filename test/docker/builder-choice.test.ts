import { describe, expect, it } from 'vitest'
import { NO_BUILD_INPUTS } from '../../src/docker/build-inputs.js'
import type { BuildInputs } from '../../src/docker/build-inputs.js'
import { chooseBuilder } from '../../src/docker/builder-choice.js'
import { UsageError } from '../../src/options.js'

const buildx = { buildx: true, clientVersion: '28.2.2' }
const debian = { buildx: false, clientVersion: '20.10.24+dfsg1' }
const modern = { buildx: false, clientVersion: '28.2.2' }
const withInputs = (inputs: Partial<BuildInputs>): BuildInputs => ({ ...NO_BUILD_INPUTS, ...inputs })
const secret = { secrets: [{ id: 'token', value: 'x', from: 'secrets' as const }] }

describe('chooseBuilder', () => {
  it('takes buildx whenever it is installed, whatever is asked', () => {
    expect(chooseBuilder(NO_BUILD_INPUTS, buildx)).toBe('buildx')
    expect(chooseBuilder(withInputs({ ...secret, cacheTo: ['type=gha'], provenance: 'mode=max', shmSize: '1g' }), buildx)).toBe('buildx')
  })

  it('keeps the classic builder without buildx when nothing needs BuildKit', () => {
    expect(chooseBuilder(withInputs({ noCache: true, pull: true, labels: ['a=b'], network: 'host', addHosts: ['h:1.2.3.4'], shmSize: '1g' }), debian)).toBe('classic')
    expect(chooseBuilder(withInputs({ shmSize: '1g', tags: ['r/app:1'], push: true }), modern)).toBe('classic')
  })

  it("runs a pre-23 client's own BuildKit for secrets, ssh, cache-from and one platform", () => {
    expect(chooseBuilder(withInputs(secret), debian)).toBe('buildkit')
    expect(chooseBuilder(withInputs({ secretFiles: [{ id: 'a', src: '/f' }], ssh: ['default'], cacheFrom: ['app:cache'], platforms: ['linux/amd64'] }), debian)).toBe('buildkit')
  })

  it.each<[string, Partial<BuildInputs>, typeof debian, string]>([
    ['buildx-only inputs', { cacheTo: ['type=gha'], sbom: 'true' }, debian, 'inputs cache-to, sbom need buildx, and buildx is not installed here. Add docker/setup-buildx-action before this step'],
    ['builder', { builder: 'b' }, debian, 'input builder needs buildx'],
    ['build-contexts', { buildContexts: ['x=.'] }, debian, 'input build-contexts needs buildx'],
    ['provenance', { provenance: 'false' }, debian, 'input provenance needs buildx'],
    ['secret-envs on a 23+ client', { secrets: [{ id: 'a', value: 'b', from: 'secret-envs' }] }, modern, 'input secret-envs needs BuildKit, which this Docker client (23 or later) runs only through buildx'],
    ['shm-size with BuildKit built in', { ...secret, shmSize: '1g' }, debian, 'input shm-size and input secrets cannot be used together without buildx'],
    ['several platforms', { platforms: ['linux/amd64', 'linux/arm64'] }, buildx, 'input platforms: linux/amd64, linux/arm64 are 2 platforms']
  ])('refuses %s before building, saying what to do', (_, inputs, support, message) => {
    expect(() => chooseBuilder(withInputs(inputs), support)).toThrow(UsageError)
    expect(() => chooseBuilder(withInputs(inputs), support)).toThrow(message)
  })
})
