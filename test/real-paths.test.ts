import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UsageError } from '../src/options.js'
import { makeFolder, notRegularFile, readTextFile, refuseEscape, refuseEscapes } from '../src/real-paths.js'

let outside: string
let workspace: string
beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'cg-real-outside-'))
  writeFileSync(join(outside, 'secret'), 'token')
  workspace = mkdtempSync(join(tmpdir(), 'cg-real-ws-'))
  mkdirSync(join(workspace, 'svc'))
  writeFileSync(join(workspace, 'svc', 'Dockerfile'), 'FROM alpine\n')
  symlinkSync(join(outside, 'secret'), join(workspace, 'Dockerfile.link'))
  symlinkSync('/etc', join(workspace, 'etc-context'))
  symlinkSync(join(outside, 'not-yet'), join(workspace, 'container-gate.sarif'))
  symlinkSync('svc', join(workspace, 'inner'))
  symlinkSync(outside, join(workspace, 'away'))
  execFileSync('mkfifo', [join(workspace, 'fifo')])
})

describe('refuseEscape', () => {
  it.each([
    ['a Dockerfile linked to a file outside', 'Dockerfile.link'],
    ['a context linked to /etc', 'etc-context'],
    ['a file to write whose link dangles outside', 'container-gate.sarif'],
    ['a new file under a folder linked outside', 'away/new/report.sarif']
  ])('refuses %s, naming the input, the path and where it leads', (_, path) => {
    expect(() => refuseEscape(workspace, path, 'sarif')).toThrow(UsageError)
    expect(() => refuseEscape(workspace, path, 'sarif')).toThrow(new RegExp(`^input sarif: ${path.replace(/\./g, '\\.')} leads outside the workspace through a symbolic link \\(to ${outside}|/etc`))
  })

  it.each(['svc/Dockerfile', 'inner/Dockerfile', 'svc', '.', 'new/folder/file.sarif'])('accepts %s, which stays inside', (path) => {
    expect(() => refuseEscape(workspace, path, 'dockerfile')).not.toThrow()
  })

  it('leaves paths written outside the workspace to their owner (hadolint\'s config in the home folder)', () => {
    expect(() => refuseEscapes(workspace, [['config', join(outside, 'secret')], ['dockerfile', 'svc/Dockerfile']])).not.toThrow()
    expect(() => refuseEscapes(workspace, [['config', join(workspace, 'Dockerfile.link')]])).toThrow(/^input config: /)
  })
})

describe('notRegularFile', () => {
  it('says a FIFO is not a file, and lets files, folders and missing paths through to the read', () => {
    expect(notRegularFile(join(workspace, 'fifo'))).toBe('is a named pipe (FIFO), not a file')
    expect(notRegularFile('/dev/null')).toBe('is a device, not a file')
    expect(notRegularFile(join(workspace, 'svc', 'Dockerfile'))).toBeUndefined()
    expect(notRegularFile(join(workspace, 'svc'))).toBeUndefined()
    expect(notRegularFile(join(workspace, 'missing'))).toBeUndefined()
  })
})

describe('readTextFile', () => {
  const socket = createServer()
  beforeAll(() => new Promise<void>((done) => socket.listen(join(workspace, 'socket'), done)))
  afterAll(() => new Promise<void>((done) => socket.close(() => done())))

  it('reads a regular file, through a link too', () => {
    expect(readTextFile(join(workspace, 'svc', 'Dockerfile'))).toBe('FROM alpine\n')
    expect(readTextFile(join(workspace, 'inner', 'Dockerfile'))).toBe('FROM alpine\n')
  })

  it.each([
    ['a FIFO, without waiting for a writer', 'fifo', 'is a named pipe (FIFO), not a file'],
    ['a folder', 'svc', 'is a directory'],
    ['a missing path', 'missing', 'not found'],
    ['a socket', 'socket', 'is a socket, not a file']
  ])('says why it does not read %s', (_, name, reason) => {
    expect(readTextFile(join(workspace, name))).toEqual({ reason })
  })

  it('does not read a device, which may never end', () => {
    expect(readTextFile('/dev/zero')).toEqual({ reason: 'is a device, not a file' })
  })
})

describe('makeFolder', () => {
  it('makes a folder and those missing above it, with the mode given, and passes over one that exists', () => {
    const deep = join(workspace, 'made', 'a', 'b')
    makeFolder(deep, 0o700)
    expect(statSync(deep).isDirectory()).toBe(true)
    expect(statSync(join(workspace, 'made')).mode & 0o777).toBe(0o700)
    expect(() => makeFolder(deep)).not.toThrow()
  })

  it.each([
    ['a file in the way', () => join(workspace, 'svc', 'Dockerfile', 'sub'), 'ENOTDIR'],
    ['a link to nowhere in the way', () => join(workspace, 'container-gate.sarif', 'sub'), 'EEXIST'],
    // Where Node's own recursive mkdir never returns: the kernel says the child is not found, its parent exists.
    ['a folder under /proc', () => '/proc/container-gate-test/sub', 'ENOENT']
  ])('gives an error for %s, at once', (_, path, code) => {
    expect(() => makeFolder(path())).toThrow(expect.objectContaining({ code }))
  })
})
