// Every renderer over generated gate runs: findings from generated Dockerfiles (the real linter), generated Trivy
// results and step outcomes full of hostile text. Nothing throws, every location is a line of the file, and
// every output stays within the limit GitHub sets for it.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide } from '../../src/gate.js'
import { rules } from '../../src/lint/index.js'
import { withConfig } from '../../src/lint/config.js'
import { finalFromLine, lintText } from '../../src/lint/engine.js'
import { planAnnotations } from '../../src/report/annotations.js'
import { COMMENT_MAX_LENGTH, commentMarker, renderComment } from '../../src/report/comment.js'
import { toSarif } from '../../src/report/sarif.js'
import { renderSummary, SUMMARY_MAX_BYTES } from '../../src/report/summary.js'
import { renderTerminal } from '../../src/report/tty.js'
import { VULN_SEVERITIES } from '../../src/types.js'
import type { BuildOutcome, GateRun, Policy, ScanOutcome, Vulnerability } from '../../src/types.js'
import { brokenRows } from '../report/markdown.js'
import { anyDockerfile, fuzzParams, lineCount } from './dockerfiles.js'

/** Text a pull request controls, through the Dockerfile, the image or Trivy's database. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '::error file=x::pwned',
    '\n::add-mask::x\n',
    '::set-output name=result::pass',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<!-- container-gate:Dockerfile -->',
    '-->',
    '@octocat please look',
    '#1234',
    '| a | b |',
    '`code` **bold** [link](javascript:alert(1))',
    '\u001b[31mred\u001b]8;;http://evil\u0007',
    '\u202eevil\u202c',
    '$(rm -rf /)',
    'a\r\nb\rc\u2028d',
    'x'.repeat(5000)
  )
)

const severity = fc.constantFrom(...VULN_SEVERITIES)

function vulnerability(lines: number): fc.Arbitrary<Vulnerability> {
  return fc.record(
    {
      id: fc.oneof(fc.stringMatching(/^CVE-20[0-9]{2}-[0-9]{4,6}$/), hostileText),
      pkgName: hostileText,
      installedVersion: hostileText,
      fixedVersion: hostileText,
      severity,
      title: hostileText,
      target: hostileText,
      class: fc.constantFrom('os-pkgs', 'lang-pkgs', 'custom'),
      pkgPath: hostileText,
      primaryUrl: fc.oneof(fc.webUrl(), hostileText, fc.constant('javascript:alert(1)')),
      layerDiffId: fc.stringMatching(/^sha256:[0-9a-f]{64}$/),
      line: fc.integer({ min: 1, max: lines }),
      status: fc.constantFrom('fixed', 'affected', 'will_not_fix')
    },
    { requiredKeys: ['id', 'pkgName', 'installedVersion', 'severity', 'target', 'class'] }
  )
}

function buildOutcome(lines: number): fc.Arbitrary<BuildOutcome> {
  return fc.oneof(
    fc.record({ status: fc.constant('ok' as const), image: hostileText, imageId: fc.constant('sha256:' + 'a'.repeat(64)), imageSize: fc.nat(), builder: fc.constantFrom('buildx' as const, 'docker' as const) }),
    fc.record({ status: fc.constant('failed' as const), reason: hostileText, failedLine: fc.option(fc.integer({ min: 1, max: lines }), { nil: undefined }), logTail: hostileText }),
    fc.record({ status: fc.constant('skipped' as const), reason: hostileText })
  )
}

function scanOutcome(lines: number): fc.Arbitrary<ScanOutcome> {
  return fc.oneof(
    fc.record({
      status: fc.constant('ok' as const),
      report: fc.record({
        artifactName: hostileText,
        vulnerabilities: fc.array(vulnerability(lines), { maxLength: 30 }),
        secrets: fc.array(fc.record({ ruleId: hostileText, title: hostileText, severity, target: hostileText, startLine: fc.nat() }), { maxLength: 3 })
      })
    }),
    fc.record({ status: fc.constantFrom('failed' as const, 'skipped' as const), reason: hostileText })
  )
}

const policy: fc.Arbitrary<Policy> = fc.record({
  failOnVuln: fc.constantFrom(...VULN_SEVERITIES, 'none' as const),
  failOnLint: fc.constantFrom('error' as const, 'warning' as const, 'info' as const, 'style' as const, 'none' as const),
  severities: fc.subarray([...VULN_SEVERITIES], { minLength: 1 })
})

const gateRun: fc.Arbitrary<{ run: GateRun; lines: number }> = fc
  .tuple(anyDockerfile, fc.oneof(fc.constant('Dockerfile'), fc.constant('ci/app.Dockerfile'), hostileText.filter((s) => s !== '')))
  .chain(([text, dockerfile]) => {
    const lines = lineCount(text)
    const lint = lintText(text, dockerfile, withConfig({}))
    return fc.tuple(buildOutcome(lines), scanOutcome(lines), policy).map(([build, scan, pol]) => ({
      lines,
      run: {
        dockerfile,
        fromLine: finalFromLine(text),
        lint,
        build,
        scan,
        policy: pol,
        verdict: decide(lint, build, scan, pol),
        context: { serverUrl: 'https://github.com', repository: 'octo-org/app', sha: 'f00d'.repeat(10), runUrl: 'https://github.com/octo-org/app/actions/runs/1' }
      }
    }))
  })

describe('the reports on generated runs', () => {
  it('render without throwing, place every annotation and SARIF result on a line of the file, and fit GitHub', () => {
    fc.assert(
      fc.property(gateRun, ({ run, lines }) => {
        const marker = commentMarker(run.dockerfile)
        const comment = renderComment(run, { marker, summaryUrl: run.context.runUrl })
        expect(comment.startsWith(marker)).toBe(true)
        expect(comment.length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH)
        expect(brokenRows(comment)).toEqual([])
        const summary = renderSummary(run)
        expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
        expect(brokenRows(summary)).toEqual([])

        for (const a of planAnnotations(run)) {
          if (a.startLine !== undefined) expect(a.startLine).toBeGreaterThanOrEqual(1)
          if (a.startLine !== undefined) expect(a.startLine).toBeLessThanOrEqual(lines)
          expect(`${a.title ?? ''}${a.message}`).not.toMatch(/[\r\n]/)
        }

        const sarif = toSarif({
          dockerfile: run.dockerfile,
          lint: run.lint,
          vulnerabilities: run.scan.report?.vulnerabilities,
          fromLine: run.fromLine,
          severities: run.policy.severities,
          toolVersion: '0.0.0-fuzz',
          rules: rules.map((r) => r.meta)
        })
        JSON.parse(JSON.stringify(sarif))
        for (const result of sarif.runs[0]!.results) {
          const line = result.locations[0]!.physicalLocation.region.startLine
          expect(line).toBeGreaterThanOrEqual(1)
          expect(line).toBeLessThanOrEqual(lines)
        }

        const tty = renderTerminal(run, { color: false })
        // printableLine keeps escape sequences and control characters out of the terminal.
        expect(tty).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
      }),
      fuzzParams({ numRuns: Math.max(1, Math.floor(fuzzParams().numRuns! / 2)) })
    )
  })
})
