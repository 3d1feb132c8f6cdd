import { describe, expect, it } from 'vitest'
import current from 'spdx-license-ids/index.json' with { type: 'json' }
import deprecated from 'spdx-license-ids/deprecated.json' with { type: 'json' }
import { SPDX_LICENSE_IDS } from '../../src/lint/spdx-ids.js'

describe('SPDX_LICENSE_IDS', () => {
  it("holds the package's current and deprecated identifiers, exactly as written", () => {
    expect(SPDX_LICENSE_IDS.size).toBe(new Set([...current, ...deprecated]).size)
    expect(current.length).toBeGreaterThan(700)
    for (const id of ['MIT', 'Apache-2.0', 'ALGLIB-Documentation', 'GPL-2.0', 'wxWindows']) expect(SPDX_LICENSE_IDS.has(id)).toBe(true)
    for (const id of ['mit', 'MIT OR Apache-2.0', 'LicenseRef-x', 'Classpath-exception-2.0']) expect(SPDX_LICENSE_IDS.has(id)).toBe(false)
  })
})
