import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHECK_USAGE, runCheckCommand } from '../../src/cli/check-command.js'
import type { CliIo } from '../../src/cli/io.js'
import { UsageError } from '../../src/options.js'

function io(cwd: string): CliIo & { out: string[] } {
  const out: string[] = []
  return {
    out,
    stdout: (s) => out.push(s),
    stderr: (s) => out.push(s),
    stderrStream: { write: (s: string) => out.push(s) },
    readStdin: async () => '',
    cwd,
    color: false
  }
}

describe('container-gate check --trivy-timeout', () => {
  it('is listed with its default and examples', () => {
    expect(CHECK_USAGE).toMatch(/--trivy-timeout TIME {4}stop Trivy, and fail the scan, .*\n {26}\(default: 10m; like 90s, 5m or 1h30m\)/)
  })

  it('refuses what is not a duration before anything runs', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cg-check-'))
    writeFileSync(join(cwd, 'Dockerfile'), 'FROM alpine:3.20\n')
    const cli = io(cwd)
    await expect(runCheckCommand(['--trivy-timeout', '10 minutes'], cli)).rejects.toThrow(
      new UsageError('--trivy-timeout: "10 minutes" is not a duration. Write a number and a unit (h, m, s or ms), as for Trivy\'s --timeout: 90s, 5m or 1h30m.')
    )
    expect(cli.out).toEqual([])
  })
})
