// A pull request can name a folder anything, newlines and workflow commands included. Matched by a glob, that name
// reaches every line that prints a path (step groups and timings, `$ docker build <context>`, findings, errors):
// none of them may let the runner read a command, in the action or in the CLI run by a workflow.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { dockerEngine } from '../helpers/docker-engine.js'
import { needs } from '../helpers/optional-tools.js'
import { trivyFixture, trivyStubEnv } from '../helpers/trivy-stub.js'
import { ACTION, CLI, liveLines, runNode } from './run.js'

const engine = await dockerEngine()
const FOLDERS = ['x\n::error title=Injected,file=Dockerfile::forged\n::add-mask::Dockerfile', 'y ##[add-mask]Dockerfile', '::warning::z\r::set-output name=a::b']
/** The commands our own code issues; anything else starting a live line was forged. */
const OURS = /^::(group|endgroup|error|warning|notice|debug)( [^:\n]*)?::/

/**
 * Lines the runner would read as workflow commands other than ours: `::name…::` after blanks, or `##[name` anywhere
 * (the older syntax, tried only on a line that is not a command already: in our annotations a path is a property).
 */
function forged(output: string): string[] {
  return liveLines(output.replace(/\r/g, '\n')).filter((line) => !OURS.test(line) && (/^\s*::[a-z-]+( [^:]*)?::/.test(line) || /##\[[a-z-]+/.test(line)))
}

let workspace: string
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'cg-hostile-paths-'))
  for (const folder of FOLDERS) {
    mkdirSync(join(workspace, 'svc', folder), { recursive: true })
    // `latest` and no USER: findings that print the path.
    writeFileSync(join(workspace, 'svc', folder, 'Dockerfile'), 'ARG BASE=busybox\nFROM ${BASE}\nRUN true\n')
  }
})

describe('folder names with newlines and workflow commands, through the CLI', () => {
  it('lint (tty and gnu) prints each path on one line, no command', async () => {
    for (const format of ['tty', 'gnu']) {
      const r = await runNode(CLI, ['lint', '--no-color', '--format', format, ...FOLDERS.map((f) => `svc/${f}/Dockerfile`), `svc/${FOLDERS[0]}/missing`], { cwd: workspace })
      expect(r.status).toBe(2)
      expect(r.stdout).toContain('svc/x\\n::error title=Injected,file=Dockerfile::forged\\n::add-mask::Dockerfile/Dockerfile:')
      expect(forged(r.stdout + r.stderr)).toEqual([])
    }
  })

  it('check prints its steps, report and errors without a command', async () => {
    for (const folder of FOLDERS) {
      const r = await runNode(CLI, ['check', '--no-build', '--no-scan', '--dockerfile', `svc/${folder}/Dockerfile`], { cwd: workspace })
      expect(r.stdout).toContain('Container Gate')
      expect(forged(r.stdout + r.stderr)).toEqual([])
    }
    const missing = await runNode(CLI, ['check', '--no-build', '--no-scan', '--dockerfile', `svc/${FOLDERS[0]}/nope`], { cwd: workspace })
    expect(missing.status).toBe(2)
    expect(forged(missing.stderr)).toEqual([])
  })
})

describe('folder names with newlines and workflow commands, through the bundled action', needs('Docker', engine), () => {
  it('builds and scans every matched Dockerfile; only our own commands reach the runner', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-hostile-paths-runner-'))
    writeFileSync(join(dir, 'output'), '')
    writeFileSync(join(dir, 'summary.md'), '')
    const r = await runNode(ACTION, [], {
      cwd: workspace,
      env: {
        ...trivyStubEnv({ report: trivyFixture('trivy-golden-alpine-39.json'), log: join(dir, 'trivy.log') }),
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REPOSITORY: 'octo/paths',
        GITHUB_SHA: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed',
        GITHUB_RUN_ID: '78',
        GITHUB_OUTPUT: join(dir, 'output'),
        GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
        RUNNER_TEMP: dir,
        INPUT_DOCKERFILE: 'svc/*/Dockerfile',
        INPUT_COMMENT: 'false',
        'INPUT_FAIL-ON-LINT': 'none',
        'INPUT_FAIL-ON-VULN': 'none',
        'INPUT_BUILD-ARGS': `BASE=${(engine as { baseImage: string }).baseImage}`
      }
    })
    const output = `${r.stdout}\n${r.stderr}`
    // Each Dockerfile went through the build: its `$ docker build <context>` line names the folder, escaped.
    expect(output.match(/^\$ docker (buildx )?build .*svc\//gm)).toHaveLength(FOLDERS.length)
    expect(output).toContain('svc/x\\n::error title=Injected,file=Dockerfile::forged\\n::add-mask::Dockerfile')
    expect(forged(output)).toEqual([])
    expect(output).not.toMatch(/^::add-mask::Dockerfile/m)
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('svc/')
  }, 240_000)
})
