import { describe, expect, it } from 'vitest'
import { DEFAULT_TRIVY_VERSION, trivyArgs } from '../../src/trivy/args.js'

describe('trivyArgs', () => {
  it('asks for a full JSON report of a local image, with the verdict left to us', () => {
    expect(trivyArgs({ image: 'app:pr-1', outputFile: '/tmp/x/report.json' })).toEqual([
      'image',
      '--format', 'json',
      '--output', '/tmp/x/report.json',
      '--exit-code', '0',
      '--list-all-pkgs=false',
      '--scanners', 'vuln,secret',
      '--no-progress',
      '--disable-telemetry',
      '--skip-version-check',
      '--image-src', 'docker',
      'app:pr-1'
    ])
  })

  it('passes a timeout before the image', () => {
    expect(trivyArgs({ image: 'app', outputFile: 'r.json', timeout: '10m' }).slice(-3)).toEqual(['--timeout', '10m', 'app'])
  })

  it('never filters by severity', () => {
    expect(trivyArgs({ image: 'app', outputFile: 'r.json', timeout: '1m' })).not.toContain('--severity')
  })

  it('pins an exact Trivy version', () => {
    expect(DEFAULT_TRIVY_VERSION).toMatch(/^\d+\.\d+\.\d+$/)
    expect(DEFAULT_TRIVY_VERSION).not.toBe('0.69.4')
  })
})
