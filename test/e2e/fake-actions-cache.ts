// A loopback Actions cache speaking the service's v1 protocol (ACTIONS_CACHE_URL), which @actions/cache still uses on
// GHES: the bundled action saves and restores through its real cache client, so no test-only path exists in the action.
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

interface Entry {
  id: number
  key: string
  version: string
  chunks: Array<{ start: number; data: Buffer }>
  archive?: Buffer
}

export interface FakeActionsCache {
  /** For ACTIONS_CACHE_URL: the client appends `_apis/artifactcache/…`. */
  url: string
  /** Committed entries' keys, oldest first. */
  keys(): string[]
  close(): Promise<void>
}

export async function startFakeActionsCache(): Promise<FakeActionsCache> {
  const entries: Entry[] = []
  const committed = (): Entry[] => entries.filter((e) => e.archive !== undefined)
  let base = ''

  const server = createServer((req, res) => {
    void body(req).then((payload) => handle(req, res, payload))
  })

  function handle(req: IncomingMessage, res: ServerResponse, payload: Buffer): void {
    const url = new URL(req.url ?? '/', base)
    const entryPath = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(url.pathname)
    if (req.method === 'GET' && url.pathname === '/_apis/artifactcache/cache') {
      // Each key in order: an exact match, else the newest entry it is a prefix of; only entries of the same version.
      const version = url.searchParams.get('version')
      const candidates = committed().filter((e) => e.version === version).reverse()
      for (const key of (url.searchParams.get('keys') ?? '').split(',')) {
        const hit = candidates.find((e) => e.key === key) ?? candidates.find((e) => e.key.startsWith(key))
        if (hit) return json(res, 200, { cacheKey: hit.key, scope: 'refs/heads/main', archiveLocation: `${base}archives/${hit.id}` })
      }
      res.writeHead(204).end()
      return
    }
    if (req.method === 'POST' && url.pathname === '/_apis/artifactcache/caches') {
      const { key, version } = JSON.parse(payload.toString()) as { key: string; version: string }
      if (entries.some((e) => e.key === key && e.version === version)) return json(res, 409, { message: `Cache already exists: ${key}` })
      const entry: Entry = { id: entries.length + 1, key, version, chunks: [] }
      entries.push(entry)
      return json(res, 201, { cacheId: entry.id })
    }
    const entry = entryPath ? entries.find((e) => e.id === Number(entryPath[1])) : undefined
    if (entry && req.method === 'PATCH') {
      const start = Number(/^bytes (\d+)-/.exec(req.headers['content-range'] ?? '')?.[1] ?? NaN)
      entry.chunks.push({ start, data: payload })
      res.writeHead(204).end()
      return
    }
    if (entry && req.method === 'POST') {
      entry.archive = Buffer.concat(entry.chunks.sort((a, b) => a.start - b.start).map((c) => c.data))
      res.writeHead(204).end()
      return
    }
    const archive = /^\/archives\/(\d+)$/.exec(url.pathname)
    const stored = archive ? committed().find((e) => e.id === Number(archive[1])) : undefined
    if (req.method === 'GET' && stored) {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': stored.archive!.length }).end(stored.archive)
      return
    }
    json(res, 404, { message: `no route for ${req.method} ${url.pathname}` })
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  return {
    url: base,
    keys: () => committed().map((e) => e.key),
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
  })
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(value))
}
