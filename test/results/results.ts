// Results files as gate steps write them, over real runs (test/report/runs.ts) with every optional part filled in.
import { combineRuns } from '../../src/gate.js'
import { toResultsFile } from '../../src/results/file.js'
import type { ResultsMeta } from '../../src/results/file.js'
import type { ResultsFile } from '../../src/results/schema.js'
import type { GateReport, GateRun, ImageFacts } from '../../src/types.js'
import { DEFAULT_POLICY, finding, fixtureReport, makeRun } from '../report/runs.js'

const DIGEST = `sha256:${'d'.repeat(64)}`
const CONTEXT = { serverUrl: 'https://github.com', repository: 'org/app', sha: 'abc123', runUrl: 'https://github.com/org/app/actions/runs/1' }

const facts: ImageFacts = {
  size: 9_000_500,
  user: 'app',
  healthcheck: 'wget -q -O- http://localhost:8080/health',
  exposedPorts: ['8080/tcp'],
  layers: [
    { diffId: DIGEST, origin: 'base', line: 1, instruction: 'FROM ubuntu:22.04', createdBy: '/bin/sh -c #(nop) ADD file:x in / ', size: 7_000_000 },
    { diffId: `sha256:${'e'.repeat(64)}`, origin: 'unknown', createdBy: 'COPY . . # buildkit' }
  ],
  history: [{ createdBy: 'RUN apt-get update', origin: 'instruction', line: 3, instruction: 'RUN apt-get update' }, { createdBy: 'LABEL a=b', origin: 'unknown' }],
  heaviest: [{ line: 1, instruction: 'FROM ubuntu:22.04', bytes: 7_000_000 }, { instruction: 'COPY . . # buildkit', bytes: 500 }],
  base: { image: 'ubuntu:22.04', line: 1, digest: `ubuntu@${DIGEST}` }
}

/** Two runs: one built, scanned, compared with a baseline and failing; one whose build failed. */
export function richRuns(): GateRun[] {
  const report = fixtureReport('realworld-ubuntu2204-144-vulns.json')
  report.vulnerabilities[0] = { ...report.vulnerabilities[0]!, line: 1, layerDiffId: DIGEST, introduced: true }
  report.secrets = fixtureReport('trivy-golden-secrets.json').secrets
  const fixed = { ...finding(5, 'warning', 'DL3059', 'Multiple consecutive RUN instructions'), fix: { line: 5, endLine: 6, text: 'RUN a && b' }, introduced: true }
  const api: GateRun = {
    ...makeRun({
      dockerfile: 'services/api/Dockerfile',
      report,
      lint: [finding(3, 'error'), fixed, { ...finding(7, 'style'), introduced: false }],
      build: { status: 'ok', image: 'container-gate/app-services-api-dockerfile:abc123', imageId: DIGEST, imageSize: facts.size, builder: 'buildx', durationMs: 1234.5, facts },
      policy: { ...DEFAULT_POLICY, failScope: 'new', severities: ['CRITICAL', 'HIGH'] },
      context: CONTEXT
    }),
    fromLine: 1,
    comparison: { baseline: { source: 'the Actions cache', commit: 'def456', imageSize: 8_000_000, vulnerabilities: 143, lintFindings: 2 }, notes: ['The baseline is 3 commits behind.'] }
  }
  api.scan.durationMs = 2500
  const web = makeRun({
    dockerfile: 'services/web/Dockerfile',
    build: { status: 'failed', reason: 'RUN npm ci failed (exit code 1)', builder: 'docker', failedLine: 4, logTail: 'npm ERR! code E404\nnpm ERR! 404 Not Found', durationMs: 10 },
    scan: { status: 'skipped', reason: 'the build failed' },
    context: CONTEXT
  })
  return [api, web]
}

export const META: ResultsMeta = { key: 'CI / scan / services/*/Dockerfile', repository: 'org/app', sha: 'abc123', pullRequest: { number: 7, headSha: 'abc123', baseSha: 'def456' } }

export function richReport(): GateReport {
  return combineRuns(richRuns())
}

export function richResults(meta: ResultsMeta = META): ResultsFile {
  return toResultsFile(richReport(), meta)
}
