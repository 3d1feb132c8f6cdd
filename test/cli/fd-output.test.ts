import { describe, expect, it } from 'vitest'
import { fdOutput, PIECE } from '../../src/cli/fd-output.js'
import type { OutputStream, OutputSystem } from '../../src/cli/fd-output.js'

/** A descriptor that takes at most `accepts` bytes a call, then fails with the codes in `failures`, one per call. */
function fakeSystem({ accepts = Infinity, failures = [] as Array<string | undefined> } = {}) {
  const written: Record<1 | 2, Buffer[]> = { 1: [], 2: [] }
  const streamed: Record<1 | 2, Buffer[]> = { 1: [], 2: [] }
  const errorListeners: Array<(error: NodeJS.ErrnoException) => void> = []
  let calls = 0
  const streams = new Map<1 | 2, OutputStream>()
  const system: OutputSystem = {
    writeSync(fd, bytes, offset, length) {
      const failure = failures[calls++]
      if (failure !== undefined) throw Object.assign(new Error(failure), { code: failure })
      const taken = Math.min(length, accepts)
      written[fd].push(Buffer.from(bytes.subarray(offset, offset + taken)))
      return taken
    },
    stream(fd) {
      let stream = streams.get(fd)
      if (!stream) {
        stream = {
          // Held, not copied, as a real stream holds what it has yet to write.
          write: (chunk) => streamed[fd].push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)),
          on: (_event, listener) => errorListeners.push(listener)
        }
        streams.set(fd, stream)
      }
      return stream
    }
  }
  return { system, written, streamed, errorListeners, bytes: (list: Buffer[]) => Buffer.concat(list) }
}

// Surrogate pairs at every second unit: one of the two texts has a pair across each piece boundary.
const EMOJI = '\u{1F600}'
const texts = [EMOJI.repeat(PIECE + 5), `a${EMOJI.repeat(PIECE + 5)}`, `x${'é'.repeat(3 * PIECE)}${EMOJI}`]

describe('fdOutput', () => {
  it('writes a text many pieces long exactly as UTF-8, with no surrogate pair cut between two pieces', () => {
    for (const text of texts) {
      const fake = fakeSystem()
      const output = fdOutput(fake.system)
      output.write(1, text)
      expect(fake.written[1].length).toBeGreaterThan(1)
      expect(fake.bytes(fake.written[1]).equals(Buffer.from(text))).toBe(true)
      expect(output.allWritten()).toBe(true)
    }
  })

  it('goes on after a write that takes part of the bytes, and keeps the two descriptors apart', () => {
    const fake = fakeSystem({ accepts: 1000 })
    const output = fdOutput(fake.system)
    output.write(1, texts[1]!)
    output.write(2, 'note\n')
    output.write(1, 'end\n')
    expect(fake.bytes(fake.written[1]).toString()).toBe(`${texts[1]}end\n`)
    expect(fake.bytes(fake.written[2]).toString()).toBe('note\n')
  })

  it('hands the rest to the stream, in order, once the descriptor would block, and from then on writes through it', () => {
    // The second piece's write would block, part-way through the text.
    const fake = fakeSystem({ failures: [undefined, 'EAGAIN'] })
    const output = fdOutput(fake.system)
    output.write(1, texts[0]!)
    output.write(1, 'more\n')
    expect(fake.written[1]).toHaveLength(1)
    expect(Buffer.concat([...fake.written[1], ...fake.streamed[1]]).toString()).toBe(`${texts[0]}more\n`)
    expect(output.allWritten()).toBe(false)
  })

  it('keeps what the stream holds apart from the next piece encoded into the same buffer', () => {
    const fake = fakeSystem({ failures: ['EAGAIN'] })
    const output = fdOutput(fake.system)
    output.write(1, 'first')
    output.write(2, 'second')
    expect(fake.bytes(fake.streamed[1]).toString()).toBe('first')
    expect(fake.bytes(fake.written[2]).toString()).toBe('second')
  })

  it('drops the rest quietly once the reader has gone, whether writing or streaming', () => {
    for (const code of ['EPIPE', 'ECONNRESET']) {
      const gone = fakeSystem({ failures: [undefined, code] })
      const output = fdOutput(gone.system)
      output.write(1, texts[0]!)
      output.write(1, 'more\n')
      expect(gone.written[1]).toHaveLength(1)
      expect(gone.streamed[1]).toHaveLength(0)
      expect(output.allWritten()).toBe(true)
    }

    const streaming = fakeSystem({ failures: ['EAGAIN'] })
    const later = fdOutput(streaming.system)
    later.write(1, 'a')
    streaming.errorListeners[0]!(Object.assign(new Error('EPIPE'), { code: 'EPIPE' }))
    later.write(1, 'b')
    expect(streaming.bytes(streaming.streamed[1]).toString()).toBe('a')
    expect(() => streaming.errorListeners[0]!(Object.assign(new Error('EIO'), { code: 'EIO' }))).toThrow('EIO')
  })

  it('raises any other error of the descriptor', () => {
    const fake = fakeSystem({ failures: ['EBADF'] })
    expect(() => fdOutput(fake.system).write(1, 'x')).toThrow('EBADF')
  })
})
