import { describe, expect, it } from 'vitest'
import { defaultImageTag } from '../src/image-tag.js'

describe('the default image tag', () => {
  it('is the repository name and the short commit', () => {
    expect(defaultImageTag('Codertocat/Hello-World', 'EC26C3E57CA3A959CA5AAD62DE7213C562F8C821')).toBe('container-gate/hello-world:ec26c3e57ca3')
  })

  it('is always a valid Docker reference', () => {
    expect(defaultImageTag('o/__Weird Name!!__', '')).toBe('container-gate/weird-name:local')
    expect(defaultImageTag('', '')).toBe('container-gate/image:local')
  })
})
