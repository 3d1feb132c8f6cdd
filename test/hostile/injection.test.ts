// Hostile text from every source the action reads (the Dockerfile, its RUN output, the Trivy report, the event)
// goes through the bundled action as a runner runs it. Nothing it prints may start a workflow command of its
// own, the comment holds no raw HTML, mention or broken table, and the token is never printed, debug on or not.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import examples from '@octokit/webhooks-examples/api.github.com/index.json' with { type: 'json' }
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dockerEngine } from '../helpers/docker-engine.js'
import { needs } from '../helpers/optional-tools.js'
import { startFakeGitHub } from '../helpers/fake-github.js'
import type { FakeGitHub } from '../helpers/fake-github.js'
import { trivyFixture, trivyStubEnv } from '../helpers/trivy-stub.js'
import { brokenRows } from '../report/markdown.js'
import { ACTION, liveLines, runNode } from './run.js'
import type { Ran } from './run.js'

const engine = await dockerEngine()
const token = 'ghs_injectionTokenThatMustNeverBePrinted42'
/** Every workflow command a runner knows, in the forms a tool could print them. */
const EVIL = [
  '::error file=Dockerfile,line=1::forged by the pull request',
  '::add-mask::x',
  '::set-output name=result::pass',
  '::stop-commands::tok',
  '::debug::x',
  '::group::x'
]
const HTML = '<img src=x onerror=alert(1)><script>alert(1)</script>'
const MENTION = '@octocat @github/security'

interface PullRequestEvent {
  action: string
  number: number
  repository: { full_name: string }
  pull_request: { title: string; head: { ref: string; sha: string; label: string }; body: string | null }
}

function hostileEvent(): PullRequestEvent {
  const group = (examples as Array<{ name: string; examples: unknown[] }>).find((e) => e.name === 'pull_request')
  const opened = group!.examples.find((e) => (e as PullRequestEvent).action === 'opened') as PullRequestEvent
  const event = structuredClone(opened)
  event.pull_request.title = `${EVIL[0]}\n${EVIL[1]} ${HTML} ${MENTION} | a | b |`
  event.pull_request.head.ref = 'main\n::warning::branch;$(id)`id`'
  event.pull_request.head.label = `x:${EVIL[2]}`
  event.pull_request.body = EVIL.join('\n')
  return event
}

/** A real report with hostile titles, package names, paths and IDs. */
function hostileReport(dir: string): string {
  const report = JSON.parse(readFileSync(trivyFixture('trivy-golden-alpine-39.json'), 'utf8'))
  const vulns = report.Results[0].Vulnerabilities as Array<Record<string, unknown>>
  vulns.forEach((v, i) => {
    v.Title = `${EVIL[i % EVIL.length]}\n${EVIL[(i + 1) % EVIL.length]} ${HTML} ${MENTION} | x |`
    v.Description = EVIL.join('\n')
    v.PkgName = i === 0 ? `evil\n::error::pkg | <b>b</b> @octocat` : v.PkgName
    v.PkgPath = '../../etc/passwd\n::add-mask::p'
    v.PrimaryURL = i === 1 ? 'javascript:alert(1)' : v.PrimaryURL
    if (i === 2) v.VulnerabilityID = `CVE-2024-1\n${EVIL[0]}`
  })
  report.Results[0].Target = `${EVIL[0]} ${HTML}`
  report.ArtifactName = `${EVIL[1]}`
  const file = join(dir, 'hostile-report.json')
  writeFileSync(file, JSON.stringify(report))
  return file
}

/** The commands our own code issues, with the property and message text it may carry. */
const OURS = /^::(group|endgroup|add-mask|error|warning|notice|debug)( [^:\n]*)?::/

describe('hostile text through the bundled action', needs('Docker', engine), () => {
  let github: FakeGitHub
  let workspace: string
  let runs: Ran[]
  let event: PullRequestEvent

  beforeAll(async () => {
    event = hostileEvent()
    github = await startFakeGitHub({ repository: event.repository.full_name, pullRequests: [event.number], token, headSha: event.pull_request.head.sha })
    workspace = mkdtempSync(join(tmpdir(), 'cg-injection-'))
    const dir = mkdtempSync(join(tmpdir(), 'cg-injection-runner-'))
    writeFileSync(
      join(workspace, 'Dockerfile'),
      [
        'ARG BASE',
        'FROM ${BASE} AS evil-stage',
        `LABEL description="${EVIL[0]} ${HTML} ${MENTION} | x |"`,
        // The build prints every command, HTML and a mention, then the token's shape; all inside stop-commands.
        `RUN printf '%s\\n' '${EVIL.join("' '")}' '${HTML}' '${MENTION}'`,
        `RUN echo "::error::$(echo from-a-subshell)" >&2`,
        'FROM ${BASE}',
        'COPY --from=evil-stage /bin/sh /::error::/x',
        'USER 65534',
        'CMD ["sh"]'
      ].join('\n') + '\n'
    )
    const eventPath = join(dir, 'event.json')
    writeFileSync(eventPath, JSON.stringify(event))
    const report = hostileReport(dir)
    const run = async (debug: Record<string, string>) => {
      writeFileSync(join(dir, 'output'), '')
      writeFileSync(join(dir, 'summary.md'), '')
      return runNode(ACTION, [], {
        cwd: workspace,
        env: {
          ...trivyStubEnv({ report, log: join(dir, 'trivy.log') }),
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: workspace,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_REPOSITORY: event.repository.full_name,
          GITHUB_SHA: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed',
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_API_URL: github.url,
          GITHUB_RUN_ID: '77',
          GITHUB_OUTPUT: join(dir, 'output'),
          GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
          RUNNER_TEMP: dir,
          'INPUT_GITHUB-TOKEN': token,
          INPUT_COMMENT: 'true',
          'INPUT_BUILD-ARGS': `BASE=${(engine as { baseImage: string }).baseImage}`,
          ...debug
        }
      })
    }
    runs = [await run({}), await run({ ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' })]
  }, 180_000)

  afterAll(() => github?.close())

  it('ran the whole pipeline: built, scanned, commented', () => {
    for (const r of runs) {
      expect(r.stdout).toContain('::stop-commands::')
      expect(r.stdout).toContain(EVIL[0])
    }
    expect(github.commentsOn(event.number)).toHaveLength(1)
  })

  it('prints no workflow command but its own, outside the stop-commands blocks', () => {
    for (const r of runs) {
      const commands = liveLines(`${r.stdout}\n${r.stderr}`).filter((line) => line.startsWith('::'))
      expect(commands.filter((line) => !OURS.test(line))).toEqual([])
      // Our own annotations carry hostile text only escaped: a line break in it would start a new command.
      for (const line of commands) {
        expect(line).not.toMatch(/forged by the pull request\n/)
        expect(line.slice(2)).not.toMatch(/::(add-mask|set-output|stop-commands)::/)
      }
    }
  })

  it('keeps hostile text out of the comment: no raw HTML, no mention, no broken table, no live link', () => {
    const body = github.commentsOn(event.number)[0]!.body ?? ''
    expect(body).not.toMatch(/<(?!!-- container-gate:|\/?(code|details|summary|sub|br)\b)[a-z!/]/i)
    expect(body).not.toMatch(/(^|[^&#\w])@[a-z0-9]/i)
    expect(body).not.toContain('javascript:')
    expect(brokenRows(body)).toEqual([])
    expect(body).toContain('CVE-2019-14697')
  })

  it('never prints the token, only registers it as a secret first, with debug logging on or off', () => {
    for (const r of runs) {
      const output = `${r.stdout}\n${r.stderr}`
      expect(output.split('\n').filter((line) => line.includes(token))).toEqual([`::add-mask::${token}`])
      expect(output.split('\n').find((line) => line.startsWith('::'))).toBe(`::add-mask::${token}`)
    }
    expect(github.requests.every((r) => !JSON.stringify(r).includes(token))).toBe(true)
  })
})
