import { describe, expect, it } from 'vitest'
import { parseBoolean, parseFailOnLint, parseFailOnVuln, parseSeverities, UsageError } from '../src/options.js'

describe('settings', () => {
  it('reads fail-on-vuln in any case', () => {
    expect(parseFailOnVuln('input fail-on-vuln', 'High')).toBe('HIGH')
    expect(parseFailOnVuln('input fail-on-vuln', 'none')).toBe('none')
  })

  it('names the setting and the allowed values when a value is bogus', () => {
    expect(() => parseFailOnVuln('input fail-on-vuln', 'bogus')).toThrow(
      new UsageError('input fail-on-vuln: "bogus" is not allowed. Use one of: critical, high, medium, low, unknown, none.')
    )
    expect(() => parseFailOnLint('input fail-on-lint', 'fatal')).toThrow(/Use one of: error, warning, info, style, none\./)
  })

  it('reads severities as a comma or newline list, worst first, empty meaning all', () => {
    expect(parseSeverities('input severity', 'low, CRITICAL\nhigh')).toEqual(['CRITICAL', 'HIGH', 'LOW'])
    expect(parseSeverities('input severity', '')).toEqual(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'])
    expect(() => parseSeverities('input severity', 'HIGH,SEVERE')).toThrow(/input severity: "SEVERE"/)
  })

  it('reads booleans as the runner does and rejects anything else', () => {
    expect(parseBoolean('input build', 'TRUE')).toBe(true)
    expect(parseBoolean('input build', 'false')).toBe(false)
    expect(() => parseBoolean('input build', 'yes')).toThrow('input build: "yes" is not a boolean. Use true or false.')
  })
})
