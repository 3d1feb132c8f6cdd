import { describe, expect, it } from 'vitest'
import { commentKey } from '../../src/github/comment-key.js'
import type { KeyParts } from '../../src/github/comment-key.js'

const parts: KeyParts = { workflow: 'CI', job: 'scan', matrix: '', subject: 'Dockerfile' }
const key = (over: Partial<KeyParts>): string => commentKey({ ...parts, ...over })

describe('commentKey', () => {
  it('is the workflow, the job and the subject outside a matrix', () => {
    expect(commentKey(parts)).toBe('CI / scan / Dockerfile')
  })

  it.each(['', 'null', '{}'])('adds nothing for the matrix %j', (matrix) => {
    expect(key({ matrix })).toBe('CI / scan / Dockerfile')
  })

  it('adds the matrix values, sorted by name, whatever order the runner wrote them in', () => {
    expect(key({ matrix: '{"b":1,"a":"x"}' })).toBe('CI / scan / a=x,b=1 / Dockerfile')
    expect(key({ matrix: '{"a":"x","b":1}' })).toBe(key({ matrix: '{"b":1,"a":"x"}' }))
  })

  it('reads the pretty-printed JSON toJSON(matrix) gives', () => {
    expect(key({ matrix: '{\n  "os": "ubuntu-latest",\n  "node": 20\n}' })).toBe('CI / scan / node=20,os=ubuntu-latest / Dockerfile')
  })

  it('writes nested values as JSON, the same whatever the order of their own keys', () => {
    expect(key({ matrix: '{"cfg":{"x":1,"y":[1,"a"]},"on":true,"n":null}' })).toBe('CI / scan / cfg={"x":1,"y":[1,"a"]},n=null,on=true / Dockerfile')
    expect(key({ matrix: '{"cfg":{"y":[1,"a"],"x":1}}' })).toBe(key({ matrix: '{"cfg":{"x":1,"y":[1,"a"]}}' }))
    expect(key({ matrix: '{"cfg":{"a":{"d":1,"c":2}}}' })).toBe(key({ matrix: '{"cfg":{"a":{"c":2,"d":1}}}' }))
  })

  it('keeps a matrix that is not JSON as it is: it still tells legs apart', () => {
    expect(key({ matrix: 'linux-amd64' })).toBe('CI / scan / linux-amd64 / Dockerfile')
    expect(key({ matrix: '{broken' })).toBe('CI / scan / {broken / Dockerfile')
  })

  it('writes a matrix that is JSON but not an object as JSON', () => {
    expect(key({ matrix: '[1,2]' })).toBe('CI / scan / [1,2] / Dockerfile')
    expect(key({ matrix: '"leg"' })).toBe('CI / scan / "leg" / Dockerfile')
    expect(key({ matrix: '[{"b":1,"a":2}]' })).toBe('CI / scan / [{"a":2,"b":1}] / Dockerfile')
  })

  it('joins the dockerfile lines of the subject with commas', () => {
    expect(key({ subject: 'services/*/Dockerfile\n!services/legacy' })).toBe('CI / scan / services/*/Dockerfile,!services/legacy')
    expect(key({ subject: 'report' })).toBe('CI / scan / report')
  })

  it('differs when the workflow, the job, a matrix value or the subject differs', () => {
    const keys = [
      commentKey(parts),
      key({ workflow: 'Release' }),
      key({ job: 'scan-arm' }),
      key({ matrix: '{"arch":"amd64"}' }),
      key({ matrix: '{"arch":"arm64"}' }),
      key({ matrix: '{"arch":"arm64","os":"linux"}' }),
      key({ matrix: '{"cfg":{"x":1}}' }),
      key({ matrix: '{"cfg":{"x":2}}' }),
      key({ subject: 'services/api/Dockerfile' }),
      key({ subject: 'report' })
    ]
    expect(new Set(keys).size).toBe(keys.length)
  })
})
