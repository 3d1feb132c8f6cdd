import { describe, expect, it } from 'vitest'
import { defaultImageTag } from '../src/image-tag.js'

const SHA = 'EC26C3E57CA3A959CA5AAD62DE7213C562F8C821'

/** Docker's reference grammar (distribution/reference): lower-case path components, then a tag; 255 characters of name at most. */
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*'
const REFERENCE = new RegExp(`^(${COMPONENT}(?:/${COMPONENT})*):([\\w][\\w.-]{0,127})$`)

function expectValid(reference: string): void {
  const match = REFERENCE.exec(reference)
  expect(match, reference).not.toBeNull()
  expect(match![1]!.length, reference).toBeLessThanOrEqual(255)
}

describe('the default image tag', () => {
  it('is the repository name and the short commit', () => {
    expect(defaultImageTag('Codertocat/Hello-World', SHA)).toBe('container-gate/hello-world:ec26c3e57ca3')
  })

  it('is always a valid Docker reference', () => {
    expect(defaultImageTag('o/__Weird Name!!__', '')).toBe('container-gate/weird-name:local')
    expect(defaultImageTag('', '')).toBe('container-gate/image:local')
  })

  it.each(['o/a..b', 'o/a._b', 'o/a___b', 'o/a.-b', 'o/a-_.b', 'o/.github', 'o/x'.padEnd(300, 'y'), 'o/ÄÖÜ', 'o/a__b', 'o/a--b'])(
    'makes a valid name of the repository %j, as GitHub allows its characters',
    (repository) => {
      expectValid(defaultImageTag(repository, SHA))
    }
  )

  it('keeps the separators Docker allows in a repository name', () => {
    expect(defaultImageTag('o/my.app', SHA)).toBe('container-gate/my.app:ec26c3e57ca3')
    expect(defaultImageTag('o/my_app', SHA)).toBe('container-gate/my_app:ec26c3e57ca3')
    expect(defaultImageTag('o/my__app--x', SHA)).toBe('container-gate/my__app--x:ec26c3e57ca3')
  })

  it.each(['-abc', '.abc', '..', 'ÄÖÜ', ' '])('makes a valid tag of the commit %j', (sha) => {
    expectValid(defaultImageTag('o/app', sha))
  })

  describe('with several Dockerfiles in a step', () => {
    it("adds the Dockerfile's path to the name", () => {
      expect(defaultImageTag('Codertocat/Hello-World', SHA, 'services/api/Dockerfile')).toBe('container-gate/hello-world-services-api-dockerfile:ec26c3e57ca3')
      expect(defaultImageTag('Codertocat/Hello-World', SHA, 'Dockerfile')).toBe('container-gate/hello-world-dockerfile:ec26c3e57ca3')
    })

    it('gives each Dockerfile of one folder its own tag', () => {
      const tags = ['Dockerfile', 'Dockerfile.dev', 'Dockerfile-dev', 'Dockerfile_dev', 'dev.Dockerfile'].map((d) => defaultImageTag('o/app', SHA, d))
      expect(new Set(tags).size).toBe(tags.length)
    })

    it('gives paths that read the same once their punctuation is gone their own tags', () => {
      const tags = ['a/b/Dockerfile', 'a-b/Dockerfile', 'a.b/Dockerfile', 'a_b/Dockerfile', 'a b/Dockerfile', 'a/b-Dockerfile'].map((d) => defaultImageTag('o/app', SHA, d))
      expect(new Set(tags).size).toBe(tags.length)
    })

    it('gives long paths that differ only near their end their own tags', () => {
      const deep = 'deploy/kubernetes/platform/services/backend/'.repeat(3)
      const tags = [`${deep}payments/Dockerfile`, `${deep}invoices/Dockerfile`].map((d) => defaultImageTag('o/app', SHA, d))
      expect(tags[0]).not.toBe(tags[1])
      tags.forEach(expectValid)
    })

    it.each([
      'services/my api/Dockerfile',
      'services/ünïcødé/Dockerfile',
      '../../etc/Dockerfile',
      '..',
      '././Dockerfile',
      '-/Dockerfile',
      '_x_/Dockerfile.',
      'Ⅻ/日本/Dockerfile',
      '/absolute/Dockerfile',
      'a/'.repeat(400) + 'Dockerfile',
      'x'.repeat(1000),
      '   ',
      ''
    ])('makes a valid reference of the path %j', (dockerfile) => {
      expectValid(defaultImageTag('Codertocat/Hello-World', SHA, dockerfile))
      expectValid(defaultImageTag('o/a..b', '', dockerfile))
    })
  })
})
