// A real image registry on loopback: Debian's docker-registry (the CNCF distribution), started and stopped by PID
// like dockerd. The engine lets 127.0.0.0/8 registries speak plain HTTP, so no TLS or daemon setting is needed.
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { findExecutable } from '../../src/exec.js'
import { isGone } from './processes.js'

export interface Registry {
  /** `127.0.0.1:PORT`, the prefix of an image name pushed there. */
  host: string
  /** The manifest digest the registry holds for `name:tag` (the `Docker-Content-Digest` header), or undefined on 404. */
  manifestDigest(name: string, tag: string): Promise<string | undefined>
  stop(): Promise<void>
}

export type RegistryStart = { ok: true; registry: Registry } | { ok: false; reason: string }

/** The manifest types the engines push: Docker's v2 schema 2, an OCI manifest, and the lists of either. */
const ACCEPT = [
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json'
].join(', ')

export async function startRegistry(): Promise<RegistryStart> {
  const program = await findExecutable('docker-registry', `${process.env.PATH ?? ''}${path.delimiter}/usr/bin`)
  if (program === undefined) return { ok: false, reason: 'docker-registry is not installed (apt-get install -y docker-registry)' }
  const dir = await mkdtemp(path.join(tmpdir(), 'cg-registry-'))
  const port = await freePort()
  const host = `127.0.0.1:${port}`
  const config = path.join(dir, 'config.yml')
  await writeFile(config, ['version: 0.1', 'log:', '  level: warn', 'storage:', '  filesystem:', `    rootdirectory: ${dir}/storage`, 'http:', `  addr: ${host}`, ''].join('\n'))
  const child = spawn(program, ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const stop = async (): Promise<void> => {
    if (child.pid !== undefined && child.exitCode === null) {
      child.kill('SIGTERM')
      await isGone(child.pid)
    }
    await rm(dir, { recursive: true, force: true })
  }
  for (let tries = 0; tries < 250; tries++) {
    if (child.exitCode !== null) break
    if (await answers(`http://${host}/v2/`)) {
      return {
        ok: true,
        registry: {
          host,
          stop,
          async manifestDigest(name, tag) {
            const response = await fetch(`http://${host}/v2/${name}/manifests/${tag}`, { method: 'HEAD', headers: { Accept: ACCEPT } })
            return response.status === 404 ? undefined : (response.headers.get('docker-content-digest') ?? `HTTP ${response.status} without a digest`)
          }
        }
      }
    }
    await sleep(20)
  }
  await stop()
  return { ok: false, reason: `docker-registry did not answer on ${host}: ${stderr.trim().split('\n').at(-1) ?? 'no output'}` }
}

/** A registry for a test file; without one the file is skipped loudly, except in CI, which installs it. */
async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok
  } catch {
    return false
  }
}

/** A port nobody listens on right now: the OS picks it, and it is let go for the registry to take. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}
