import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** A stand-in for GitHub's release downloads on 127.0.0.1: serves the files it is given, 404 for anything else. */
export interface ReleaseServer {
  /** `http://127.0.0.1:<port>`, to use as the download base. */
  baseUrl: string
  /** Every request path, in order. */
  requests: string[]
  close(): Promise<void>
}

export async function startReleaseServer(files: Record<string, Buffer>): Promise<ReleaseServer> {
  const requests: string[] = []
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    requests.push(url)
    const body = files[url]
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found')
      return
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())))
  }
}

/** A port on 127.0.0.1 that nothing listens on (it was bound and released), for connection-refused cases. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/**
 * A release-shaped archive: a gzipped tar holding an executable `trivy` shell script that prints `output`, plus a
 * LICENSE like the real archive. Returns its bytes and SHA-256.
 */
export function fakeTrivyArchive(output: string): { bytes: Buffer; sha256: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'fake-trivy-'))
  try {
    const script = path.join(dir, 'trivy')
    writeFileSync(script, `#!/bin/sh\necho '${output}'\n`)
    chmodSync(script, 0o755)
    writeFileSync(path.join(dir, 'LICENSE'), 'Apache-2.0\n')
    const archive = path.join(dir, 'trivy.tar.gz')
    execFileSync('tar', ['-czf', archive, '-C', dir, 'trivy', 'LICENSE'])
    const bytes = readFileSync(archive)
    return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
