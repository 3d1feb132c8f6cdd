import { describe, expect, it } from 'vitest'
import { isEmail, isGitHash, isRfc3339, isSemver, isSpdxId, isUrl } from '../../src/lint/label-values.js'

const table: Array<[string, (value: string) => boolean, string[], string[]]> = [
  [
    'isUrl',
    isUrl,
    ['https://example.com', 'http://example.com/a/b?c=d#e', 'https://user:pw@example.com:8443/x', 'mailto:ops@example.com',
      'urn:isbn:0451450523', 'file:///etc/hosts', 'http://[::1]:8080/', 'http://[2001:db8::7]/x', 'git+ssh://git@github.com/o/r.git',
      'https://example.com/%20x', 'http://127.0.0.1/', 'tag:', 'http://[::ffff:192.0.2.1]/'],
    ['', 'example.com', '/relative/path', '//example.com', 'https://exa mple.com', 'https://example.com/%zz', '1http://x',
      'http://[::1', 'http://[1:2:3:4:5:6:7:8:9]/', 'https://example.com/<x>', 'http://[::ffff:999.0.2.1]/']
  ],
  [
    'isRfc3339',
    isRfc3339,
    ['2024-05-01T12:30:00Z', '2024-05-01T12:30:00+02:00', '2024-05-01T12:30:00.123456-07:30', '2024-02-29T00:00:00Z',
      '2024-05-01t12:30:00z', '2016-12-31T23:59:60Z'],
    ['', '2024-05-01', '2024-05-01 12:30:00Z', '2024-05-01T12:30:00', '2023-02-29T00:00:00Z', '2024-13-01T00:00:00Z',
      '2024-05-01T24:00:00Z', '2024-05-01T12:30Z', '2024-05-01T12:30:00+0200', '1714566600', '2024-04-31T00:00:00Z']
  ],
  [
    'isSpdxId',
    isSpdxId,
    ['MIT', 'Apache-2.0', 'GPL-3.0-or-later', 'BSD-3-Clause', 'MPL-2.0', 'ISC', '0BSD', 'GPL-2.0', 'Unlicense', 'CC0-1.0'],
    ['', 'mit', 'Apache 2.0', 'MIT OR Apache-2.0', 'GPL-2.0+', 'LicenseRef-Proprietary', 'Apache-2.0 WITH LLVM-exception',
      'Proprietary', ' MIT']
  ],
  [
    'isGitHash',
    isGitHash,
    ['abc1234', '0123456789abcdef0123456789abcdef01234567', '0000000'],
    ['', 'abc123', 'abc12345', 'ABC1234', 'g123456', '0123456789abcdef0123456789abcdef0123456', 'main', 'abc1234 ']
  ],
  [
    'isSemver',
    isSemver,
    ['0.0.0', '1.2.3', '10.20.30', '1.0.0-alpha', '1.0.0-rc.1', '1.0.0-0.3.7', '1.0.0-x-y-z.--', '1.0.0+build.5',
      '1.0.0-beta+exp.sha.5114f85', '1.0.0-0alpha'],
    ['', '1', '1.2', 'v1.2.3', '01.2.3', '1.02.3', '1.2.3-', '1.2.3+', '1.2.3-01', '1.2.3-a..b', '1.2.3.4', '1.2.3 ']
  ],
  [
    'isEmail',
    isEmail,
    ['ops@example.com', 'first.last+tag@mail.example.co.uk', 'a@localhost', '"john doe"@example.com', "o'neil@example.org",
      'x@[192.0.2.1]', 'user@example.com.'],
    ['', 'ops', '@example.com', 'ops@', 'ops@@example.com', 'first..last@example.com', '.ops@example.com',
      'ops@-example.com', 'ops@example-.com', 'ops @example.com', 'ops@exa_mple.com', `${'a'.repeat(65)}@example.com`]
  ]
]

describe('label value checks', () => {
  for (const [name, check, valid, invalid] of table) {
    describe(name, () => {
      it.each(valid)('accepts %j', (value) => expect(check(value)).toBe(true))
      it.each(invalid)('rejects %j', (value) => expect(check(value)).toBe(false))
    })
  }
})
