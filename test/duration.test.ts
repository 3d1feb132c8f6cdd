import { describe, expect, it } from 'vitest'
import { goDuration, parseDuration } from '../src/duration.js'
import { UsageError } from '../src/options.js'

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['5m', 300_000],
    ['10m', 600_000],
    ['1h30m', 5_400_000],
    ['1h30m15s', 5_415_000],
    ['1.5h', 5_400_000],
    ['2m0.5s', 120_500],
    ['300ms', 300],
    [' 24h\n', 86_400_000]
  ])('%j is %d ms', (value, ms) => {
    expect(parseDuration('input trivy-timeout', value)).toBe(ms)
  })

  it.each(['', '10', 'ten minutes', '10 m', '1h 30m', '10M', '5min', '-5m', '+5m', '.5h', '5.m', '1d', '10us', '5m!'])(
    'refuses %j, naming the setting and showing valid durations',
    (value) => {
      expect(() => parseDuration('input trivy-timeout', value)).toThrow(
        new UsageError(
          `input trivy-timeout: "${value}" is not a duration. Write a number and a unit (h, m, s or ms), as for Trivy's --timeout: 90s, 5m or 1h30m.`
        )
      )
    }
  )

  it.each(['0s', '0m0s', '0.0001s', '24h1ms', '48h'])('refuses %j as out of range', (value) => {
    expect(() => parseDuration('--trivy-timeout', value)).toThrow(
      `--trivy-timeout: "${value}" is out of range. Give a duration above zero and at most 24h, such as 10m.`
    )
  })
})

describe('goDuration', () => {
  it.each([
    [600_000, '10m'],
    [90_000, '1m30s'],
    [5_400_000, '1h30m'],
    [3_600_000, '1h'],
    [90_500, '1m30s500ms'],
    [300, '300ms'],
    [0, '0s']
  ])('%d ms is %j', (ms, text) => {
    expect(goDuration(ms)).toBe(text)
  })

  it('reads back as the same duration', () => {
    for (const value of ['90s', '1h30m15s', '2m0.5s', '300ms']) {
      const ms = parseDuration('x', value)
      expect(parseDuration('x', goDuration(ms))).toBe(ms)
    }
  })
})
