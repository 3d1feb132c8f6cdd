// A loopback HTTP proxy that knows host names nobody else does: a request to `api.github.test` can only arrive
// through it. It tunnels CONNECT (what undici's ProxyAgent sends, for http as for https) and forwards plain
// absolute-URI requests, and records both.
import { createServer, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import type { Socket } from 'node:net'

export interface ProxiedRequest {
  /** CONNECT, or the method of a forwarded request. */
  method: string
  /** host:port for CONNECT, the absolute URL for a forwarded request. */
  target: string
}

export interface LoopbackProxy {
  /** http://127.0.0.1:PORT, for HTTP_PROXY / HTTPS_PROXY. */
  url: string
  requests: ProxiedRequest[]
  close(): Promise<void>
}

/** `hosts` maps the names the proxy resolves to loopback addresses; any other name gets 502. */
export async function startProxy(hosts: Readonly<Record<string, string>>): Promise<LoopbackProxy> {
  const requests: ProxiedRequest[] = []
  const sockets = new Set<Socket>()
  const resolveHost = (name: string) => hosts[name.toLowerCase()]

  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '/')
    requests.push({ method: req.method ?? 'GET', target: target.href })
    const address = resolveHost(target.hostname)
    if (!address) {
      res.writeHead(502).end(`unknown host ${target.hostname}`)
      return
    }
    const upstream = httpRequest({ host: address, port: target.port || 80, method: req.method, path: target.pathname + target.search, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => res.writeHead(502).end())
    req.pipe(upstream)
  })
  server.on('connect', (req, client: Socket) => {
    requests.push({ method: 'CONNECT', target: req.url ?? '' })
    const [name = '', port = '443'] = (req.url ?? '').split(':')
    const address = resolveHost(name)
    if (!address) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
      return
    }
    const upstream = connect(Number(port), address, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => {
        client.destroy()
        upstream.destroy()
      })
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close() {
      for (const socket of sockets) socket.destroy()
      server.closeAllConnections()
      return new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())))
    }
  }
}

/**
 * The sticky-comment call as the action makes it, loaded after the runner's environment is set: @actions/github
 * reads GITHUB_API_URL and the proxy variables once, when it loads, and Vitest loads it once per test file. So each
 * file tests one environment.
 */
export async function upsertUnder(env: Readonly<Record<string, string>>, token: string) {
  for (const name of ['GITHUB_API_URL', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy']) delete process.env[name]
  Object.assign(process.env, env)
  const { createRestClient } = await import('../../src/github/rest.js')
  const { upsertComment } = await import('../../src/github/comments.js')
  const rest = createRestClient({ token, apiUrl: env.GITHUB_API_URL!, secondMs: 1, retries: 0 })
  const marker = '<!-- container-gate:Dockerfile -->'
  return (text: string) => upsertComment(rest, { owner: 'octo-org', repo: 'app', issueNumber: 1, marker, body: `${marker}\n${text}` })
}
