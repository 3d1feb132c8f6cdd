// How the CLI writes to stdout and stderr: with writeSync, and without node's stream objects, whose set-up (net, tty,
// stream) cost a one-file lint several ms.

/** The part of the process the writer uses, so that tests can stand in for it. */
export interface OutputSystem {
  writeSync(fd: 1 | 2, bytes: Uint8Array, offset: number, length: number): number
  /** process.stdout or process.stderr. */
  stream(fd: 1 | 2): OutputStream
}

export interface OutputStream {
  write(chunk: string | Uint8Array): unknown
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown
}

export interface FdOutput {
  /**
   * All of `text`, written before this returns, as process.stdout and process.stderr write to files and pipes on
   * Linux. Once a descriptor is non-blocking (a worker thread's output makes this thread set up the stream, which makes
   * it so), the stream takes that output and the rest, in order. A reader that has gone (`| head`) ends the output
   * quietly, whichever way it was going: the rest is dropped, not raised as an error (node's default for a stream).
   */
  write(fd: 1 | 2, text: string): void
  /** Whether everything was written by the time write returned: no stream has taken any of it. */
  allWritten(): boolean
}

/**
 * UTF-16 units encoded at a time, into one buffer kept for the run: encoding a whole report at once (half a megabyte
 * over hundreds of files) took fresh memory for every byte of it, some 6 ms here.
 */
export const PIECE = 16384

export function fdOutput(system: OutputSystem): FdOutput {
  const state: Record<1 | 2, 'written' | 'stream' | 'gone'> = { 1: 'written', 2: 'written' }
  let piece: Buffer | undefined

  /** Writes `bytes`; when the descriptor would block, hands them and `rest` to the stream. False once it is not written to. */
  function writeBytes(fd: 1 | 2, bytes: Uint8Array, rest: string): boolean {
    for (let done = 0; done < bytes.length; ) {
      try {
        done += system.writeSync(fd, bytes, done, bytes.length - done)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (readerGone(code)) {
          state[fd] = 'gone'
          return false
        }
        if (code !== 'EAGAIN') throw error
        state[fd] = 'stream'
        const stream = system.stream(fd)
        stream.on('error', (streamError) => {
          if (!readerGone(streamError.code)) throw streamError
          state[fd] = 'gone'
        })
        // A copy: the piece is encoded into again by the next write.
        stream.write(Buffer.from(bytes.subarray(done)))
        if (rest !== '') stream.write(rest)
        return false
      }
    }
    return true
  }

  return {
    write(fd, text) {
      if (state[fd] === 'gone') return
      if (state[fd] === 'stream') {
        system.stream(fd).write(text)
        return
      }
      // Three bytes at most for each UTF-16 unit.
      piece ??= Buffer.allocUnsafeSlow(3 * PIECE)
      for (let at = 0; at < text.length; ) {
        let end = Math.min(text.length, at + PIECE)
        // Not between the halves of a surrogate pair, which would each be encoded as U+FFFD.
        if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--
        const length = piece.write(text.slice(at, end))
        if (!writeBytes(fd, piece.subarray(0, length), text.slice(end))) return
        at = end
      }
    },
    allWritten: () => state[1] !== 'stream' && state[2] !== 'stream'
  }
}

// A pipe's reader that has gone makes EPIPE; a socket's (node's child processes read their output from one) makes
// ECONNRESET when it went with output unread.
function readerGone(code: string | undefined): boolean {
  return code === 'EPIPE' || code === 'ECONNRESET'
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff
}
