// A file of its own: the readings parseShellScript keeps are the module's, for the whole run, and the last test here
// spends the characters it remembers.
import { describe, expect, it } from 'vitest'
import { parseShellScript, readScript, SEEN_CHARACTERS } from '../../src/lint/shell.js'

describe('parseShellScript: scripts that repeat', () => {
  it('keeps the reading of a script seen a second time, and shares it from then on', () => {
    const script = 'apt-get update && apt-get install -y "curl" > /dev/null'
    const first = parseShellScript(script)
    expect(first).toEqual(readScript(script))
    const second = parseShellScript(script)
    expect(second).not.toBe(first)
    expect(second).toEqual(first)
    expect(parseShellScript(script)).toBe(second)
    expect(parseShellScript(`${script} `)).not.toBe(second)
  })

  it('remembers the scripts it has seen up to a bound, and shares none seen after it', () => {
    const late = 'npm ci --omit=dev'
    // Distinct scripts as long as the late one, more than the bound holds: what is left of it is too short for the late one.
    for (let i = 0; i * late.length <= SEEN_CHARACTERS; i++) parseShellScript(`x${String(i).padStart(late.length - 1, '0')}`)
    const readings = [parseShellScript(late), parseShellScript(late), parseShellScript(late)]
    expect(new Set(readings).size).toBe(3)
    expect(readings[2]).toEqual(readScript(late))
  })
})
