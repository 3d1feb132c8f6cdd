import { describe, expect, it } from 'vitest'
import { NO_BUILD_INPUTS, readBuildInputs } from '../../src/docker/build-inputs.js'
import type { BuildInputName } from '../../src/docker/build-inputs.js'
import { UsageError } from '../../src/options.js'

const read = (inputs: Partial<Record<BuildInputName, string>>, env: Record<string, string> = {}) => readBuildInputs((name) => inputs[name] ?? '', env)

describe('readBuildInputs', () => {
  it('reads nothing from nothing', () => {
    expect(NO_BUILD_INPUTS).toEqual({
      secrets: [], secretFiles: [], ssh: [], cacheFrom: [], cacheTo: [], platforms: [], buildContexts: [], builder: '',
      noCache: false, pull: false, labels: [], network: '', addHosts: [], shmSize: '', provenance: '', sbom: '', tags: [], push: false
    })
  })

  it('reads each input as docker/build-push-action does: lists by line, some also by comma', () => {
    const inputs = read({
      'cache-from': 'type=gha\ntype=registry,ref=user/app:cache',
      'cache-to': 'type=gha,mode=max',
      platforms: 'linux/amd64',
      'build-contexts': 'alpine=docker-image://alpine:3.20',
      builder: ' builder-1 ',
      'no-cache': 'true',
      pull: 'True',
      labels: 'org.opencontainers.image.title=app, with a comma\na=b',
      network: 'host',
      'add-hosts': 'docker:10.180.0.1,db:10.0.0.2',
      'shm-size': '2g',
      provenance: 'mode=max',
      sbom: 'true',
      tags: 'ghcr.io/o/app:1.2.3,ghcr.io/o/app:latest\nghcr.io/o/app:1.2',
      push: 'true',
      ssh: 'default\nkey=/home/runner/.ssh/id_ed25519'
    })
    expect(inputs).toMatchObject({
      cacheFrom: ['type=gha', 'type=registry,ref=user/app:cache'],
      cacheTo: ['type=gha,mode=max'],
      platforms: ['linux/amd64'],
      buildContexts: ['alpine=docker-image://alpine:3.20'],
      builder: 'builder-1',
      noCache: true,
      pull: true,
      labels: ['org.opencontainers.image.title=app, with a comma', 'a=b'],
      network: 'host',
      addHosts: ['docker:10.180.0.1', 'db:10.0.0.2'],
      shmSize: '2g',
      provenance: 'mode=max',
      sbom: 'true',
      tags: ['ghcr.io/o/app:1.2.3', 'ghcr.io/o/app:latest', 'ghcr.io/o/app:1.2'],
      push: true,
      ssh: ['default', 'key=/home/runner/.ssh/id_ed25519']
    })
  })

  it('splits each secret at its first =, keeps a quoted multi-line value whole, and reads secret-envs from the environment', () => {
    const inputs = read(
      { secrets: 'GIT_AUTH_TOKEN=abc=def\n"KEY=-----BEGIN-----\nbody\n-----END-----"\nEMPTY=', 'secret-envs': 'npm=NPM_TOKEN', 'secret-files': 'cert=./certs/ca.pem' },
      { NPM_TOKEN: 'npm_123' }
    )
    expect(inputs.secrets).toEqual([
      { id: 'GIT_AUTH_TOKEN', value: 'abc=def', from: 'secrets' },
      { id: 'KEY', value: '-----BEGIN-----\nbody\n-----END-----', from: 'secrets' },
      { id: 'EMPTY', value: '', from: 'secrets' },
      { id: 'npm', value: 'npm_123', from: 'secret-envs' }
    ])
    expect(inputs.secretFiles).toEqual([{ id: 'cert', src: './certs/ca.pem' }])
  })

  it.each<[Partial<Record<BuildInputName, string>>, string]>([
    [{ secrets: 'ok=1\nhunter2-no-id' }, 'input secrets: item 2 is not id=value (not shown: it may hold a secret)'],
    [{ secrets: '=hunter2-no-id' }, 'input secrets: item 1 is not id=value'],
    [{ secrets: 'a,b=hunter2-no-id' }, 'input secrets: item 1 is not id=value'],
    [{ 'secret-files': 'nopath' }, 'input secret-files: item 1 is not id=value'],
    [{ 'secret-envs': 'npm=MISSING_VAR' }, "input secret-envs: npm=MISSING_VAR names the environment variable MISSING_VAR, which is not set in this step. Set it under the step's env:"],
    [{ secrets: '"hunter2-no-id' }, 'input secrets: a double quote is opened and never closed. Close the quote'],
    [{ push: 'yes' }, 'input push: "yes" is not a boolean. Use true or false.'],
    [{ 'no-cache': '1' }, 'input no-cache: "1" is not a boolean.']
  ])('rejects %j, naming the input and never showing a secret', (inputs, message) => {
    expect(() => read(inputs)).toThrow(UsageError)
    expect(() => read(inputs)).toThrow(message)
    expect(() => read(inputs)).not.toThrow(/hunter2/)
  })
})
