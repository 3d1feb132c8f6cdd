import { describe, expect, it } from 'vitest'
import { imageReference, referenceProblem } from '../../src/docker/reference.js'
import { UsageError } from '../../src/options.js'

describe('referenceProblem', () => {
  it.each([
    'app',
    'app:1.0',
    'container-gate/app-services-api-dockerfile:abc123',
    'registry.example.com:5000/team/app:pr-7',
    'localhost:5000/a__b/c-d.e:v1_2',
    'Registry.Example.com/app:latest',
    '[::1]:5000/app:x'
  ])('takes %s, as Docker does', (reference) => {
    expect(referenceProblem(reference, 'build')).toBeUndefined()
  })

  it.each([
    ['MyApp:latest', 'invalid reference format: repository name must be lowercase'],
    ['team/MyApp', 'invalid reference format: repository name must be lowercase'],
    ['--output=/x', 'invalid reference format'],
    ['app:', 'invalid reference format'],
    ['app:-x', 'invalid reference format'],
    [`app:${'t'.repeat(129)}`, 'invalid reference format'],
    ['app name', 'invalid reference format'],
    ['app\n::error::x', 'invalid reference format'],
    ['', 'invalid reference format'],
    [`${'a'.repeat(256)}:1`, 'invalid reference format: repository name must not be more than 255 characters']
  ])('refuses %j with Docker\'s reason', (reference, reason) => {
    expect(referenceProblem(reference, 'build')).toBe(reason)
  })

  it('takes a digest for an image to scan, never for a tag to build', () => {
    const pinned = `alpine@sha256:${'a'.repeat(64)}`
    expect(referenceProblem(pinned, 'scan')).toBeUndefined()
    expect(referenceProblem(pinned, 'build')).toBe('refusing to create a tag with a digest reference')
  })
})

describe('imageReference', () => {
  it('names the setting, gives Docker\'s reason and a valid example', () => {
    expect(() => imageReference('input image', 'MyApp:latest', 'build')).toThrow(
      new UsageError('input image: "MyApp:latest" is not an image reference Docker accepts (invalid reference format: repository name must be lowercase). Give a lower-case name and a tag, such as myapp:1.0 or registry.example.com/team/app:pr-7.')
    )
    expect(imageReference('--image', 'app:1', 'scan')).toBe('app:1')
  })
})
