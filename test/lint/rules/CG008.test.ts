import { describe, expect, it } from 'vitest'
import { withConfig } from '../../../src/lint/config.js'
import { parseDockerfile } from '../../../src/lint/parse.js'
import { CG008 } from '../../../src/lint/rules/CG008.js'
import type { ImageFacts } from '../../../src/types.js'

const facts = (user: string): ImageFacts => ({ size: 1, user, exposedPorts: [], layers: [], heaviest: [] })
const hits = (text: string, image?: ImageFacts) => CG008.check(parseDockerfile(text), { config: withConfig({}), ...(image && { image }) })

describe('CG008', () => {
  it('checks nothing without a built image', () => {
    expect(hits('FROM debian:12\nUSER root\n')).toEqual([])
  })

  it.each(['1000', 'app', '10001:10001', 'nobody:root', ' 65532 '])('passes an image that runs as %j', (user) => {
    expect(hits('FROM debian:12\nRUN true\n', facts(user))).toEqual([])
  })

  it('catches a root user inherited from the base, on the final FROM, though the Dockerfile never says USER', () => {
    const found = hits('FROM golang:1.22 AS build\nRUN go build\n\nFROM debian:12\nCOPY --from=build /app /app\n', facts(''))
    expect(found.map((h) => h.line)).toEqual([4])
    expect(found[0]!.message).toMatch(/names no user, and neither does its base debian:12, so it runs as root/)
  })

  it.each(['root', '0', '0:0', 'root:app'])('catches an image whose config says %j, whatever the Dockerfile claims', (user) => {
    const found = hits('FROM debian:12\nUSER app\n', facts(user))
    expect(found.map((h) => h.line)).toEqual([1])
    expect(found[0]!.message).toContain(`runs as ${user}`)
  })

  it('leaves a root USER the Dockerfile names to CG001, so one cause gives one finding', () => {
    expect(hits('FROM debian:12\nUSER root\n', facts('root'))).toEqual([])
    expect(hits('FROM debian:12\nARG U=0\nUSER $U\n', facts('0'))).toEqual([])
  })

  it('judges the target stage', () => {
    const text = 'FROM debian:12 AS builder\nUSER root\nFROM debian:12 AS dev-envs\nUSER app\n'
    expect(CG008.check(parseDockerfile(text), { config: withConfig({ target: 'builder' }), image: facts('') })).toEqual([])
    expect(CG008.check(parseDockerfile(text), { config: withConfig({ target: 'dev-envs' }), image: facts('') }).map((h) => h.line)).toEqual([3])
  })

  it('says no base for FROM scratch', () => {
    expect(hits('FROM scratch\nCOPY app /\n', facts(''))[0]!.message).toMatch(/^The built image names no user, so it runs as root/)
  })

  it('describes itself like every rule', () => {
    expect(CG008.meta).toMatchObject({ code: 'CG008', severity: 'error', fixable: false, docsUrl: expect.stringMatching(/docs\/rules\/CG008\.md$/) })
  })
})
