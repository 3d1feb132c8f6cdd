import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LOG_TAIL_LINES, parseBuildFailure } from '../../src/docker/build-failure.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/docker/${name}`, import.meta.url), 'utf8')
const failing = fixture('failing/Dockerfile')
const parseError = fixture('parse-error/Dockerfile')

// Written by hand in buildx's layout (no buildx package exists for this machine to record from).
const buildxOutput = [
  '#8 [app 2/2] RUN false',
  '#8 ERROR: process "/bin/sh -c false" did not complete successfully: exit code: 1',
  '------',
  ' > [app 2/2] RUN false:',
  '------',
  'Dockerfile:9',
  '--------------------',
  '   7 |     FROM deps AS app',
  '   8 |     WORKDIR /app',
  '   9 | >>> RUN false',
  '  10 |     CMD ["true"]',
  '--------------------',
  'ERROR: failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1'
].join('\n')

describe('parseBuildFailure on recorded outputs', () => {
  it.each([
    ['classic-run-false.txt', failing, "The command '/bin/sh -c false' returned a non-zero code: 1", 9],
    ['classic-parse-error.txt', parseError, 'Error response from daemon: dockerfile parse error line 3: unknown instruction: RUNN', 3],
    ['buildkit-20.10-run-false.txt', failing, 'executor failed running [/bin/sh -c false]: exit code: 1', 9],
    [
      'buildkit-20.10-parse-error.txt',
      parseError,
      'failed to solve with frontend dockerfile.v0: failed to create LLB definition: dockerfile parse error line 3: unknown instruction: RUNN',
      3
    ],
    ['buildkit-without-buildx.txt', failing, 'BuildKit is enabled but the buildx component is missing or broken.', undefined]
  ])('%s', (name, dockerfile, reason, line) => {
    const failure = parseBuildFailure(fixture(`outputs/${name}`), dockerfile)
    expect(failure.reason).toBe(reason)
    expect(failure.failedLine).toBe(line)
    expect(failure.logTail).not.toBe('')
  })

  it('reads the line from buildx source context without the Dockerfile', () => {
    expect(parseBuildFailure(buildxOutput)).toEqual({
      reason: 'failed to solve: process "/bin/sh -c false" did not complete successfully: exit code: 1',
      failedLine: 9,
      logTail: buildxOutput
    })
  })

  it('needs the Dockerfile to map a step back to its line', () => {
    expect(parseBuildFailure(fixture('outputs/classic-run-false.txt')).failedLine).toBeUndefined()
    expect(parseBuildFailure(fixture('outputs/buildkit-20.10-run-false.txt')).failedLine).toBeUndefined()
  })
})

describe('parseBuildFailure maps steps only when the Dockerfile agrees', () => {
  it('rejects a classic step whose instruction differs (the Dockerfile changed since the build)', () => {
    const changed = failing.replace('RUN false', 'RUN true\nRUN false')
    expect(parseBuildFailure(fixture('outputs/classic-run-false.txt'), changed).failedLine).toBeUndefined()
  })

  it('matches a classic step written in lower case across continuation lines', () => {
    const dockerfile = 'from base\nrun echo a \\\n    && false\n'
    expect(parseBuildFailure('Step 2/2 : run echo a     && false\nfailed', dockerfile).failedLine).toBe(2)
  })

  it('uses the BuildKit stage name to tell identical instructions apart', () => {
    const dockerfile = 'FROM a AS one\nRUN make\nFROM b AS Two\nRUN make\n'
    expect(parseBuildFailure(' > [two 2/2] RUN make:\nERROR: boom', dockerfile).failedLine).toBe(4)
    expect(parseBuildFailure(' > [stage-0 2/2] RUN make:\nERROR: boom', 'FROM a\nRUN make\nFROM b AS x\nRUN make\n').failedLine).toBe(2)
  })

  it('leaves the line unknown when the instruction is ambiguous', () => {
    expect(parseBuildFailure(' > [2/3] RUN make:\nERROR: boom', 'FROM a\nRUN make\nRUN make\n').failedLine).toBeUndefined()
  })
})

describe('parseBuildFailure reason and tail', () => {
  it('keeps the last lines of a long log', () => {
    const output = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`).join('\n') + '\n\n'
    const tail = parseBuildFailure(output).logTail.split('\n')
    expect(tail).toHaveLength(LOG_TAIL_LINES)
    expect(tail.at(-1)).toBe('line 100')
  })

  it('says so when the build printed nothing', () => {
    expect(parseBuildFailure('').reason).toBe('the build failed without an error message')
  })
})
