import { describe, expect, it } from 'vitest'
import { encodePath, escapeMarkdown, inlineCode, markdownLink, printableLine, printableLines, safeUrl, truncate } from '../../src/report/escape.js'

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'thanks @octocat and @github/security',
  'a | b | c',
  'line one\nline two\r\n| --- |',
  '`code` and ``more``',
  '<!-- container-gate:x -->',
  '::error::injected',
  '**bold** _em_ ~~strike~~ [link](https://evil.example) ![img](https://evil.example/x.png)',
  'see #123',
  'bell\u0007 esc\u001b[31m red \u009b nul\u0000',
  'right-to-left \u202e override'
]

describe('escapeMarkdown', () => {
  it.each(HOSTILE)('leaves no live Markdown or HTML in %j', (text) => {
    const out = escapeMarkdown(text)
    expect(out).not.toMatch(/[<>\n\r|]/)
    // GitHub finds mentions and issue references in the rendered text, where entities are decoded.
    const rendered = out.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    expect(rendered).not.toMatch(/@\w/)
    expect(rendered).not.toMatch(/#\d/)
    expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/)
    // Every Markdown-active character left is escaped by a backslash.
    expect(out.replace(/\\[\\`*_[\]~$:]/g, '')).not.toMatch(/[`*_[\]~$\\]/)
  })

  it('turns HTML into entities', () => {
    expect(escapeMarkdown('<img onerror=x> & "q"')).toBe('&lt;img onerror=x&gt; &amp; &quot;q&quot;')
  })

  it('cannot mention anyone', () => {
    expect(escapeMarkdown('@octocat')).toBe('&#64;&#8203;octocat')
  })

  it('keeps a table cell one cell on one line', () => {
    expect(escapeMarkdown('a|b\nc')).toBe('a&#124;b c')
  })

  it('cannot fake the hidden marker', () => {
    expect(escapeMarkdown('<!-- container-gate:x -->')).not.toContain('<!--')
  })

  it('escapes code, emphasis and link openers', () => {
    expect(escapeMarkdown('`x` *y* _z_ [a] ~b~')).toBe('\\`x\\` \\*y\\* \\_z\\_ \\[a\\] \\~b\\~')
  })

  it('stops autolinks', () => {
    expect(escapeMarkdown('https://evil.example and www.evil.example')).toBe('https\\://evil.example and www\\.evil.example')
  })

  it('escapes math', () => {
    expect(escapeMarkdown('$x$')).toBe('\\$x\\$')
  })

  it('leaves workflow-command text inert on a line of its own', () => {
    expect(escapeMarkdown('x\n::error::boom')).toBe('x \\:\\:error\\:\\:boom')
  })
})

describe('inlineCode', () => {
  it('wraps escaped text in a code element', () => {
    expect(inlineCode('app:`v1`|@me')).toBe('<code>app\\:\\`v1\\`&#124;&#64;&#8203;me</code>')
  })

  it('cannot close its own element', () => {
    expect(inlineCode('</code><script>')).toBe('<code>&lt;/code&gt;&lt;script&gt;</code>')
  })
})

describe('printableLine and printableLines', () => {
  it('drops terminal escape sequences and shows other controls', () => {
    expect(printableLine('\u001b[31mred\u001b[0m\u001b]0;title\u0007 x\u0000y')).toBe('red x\ufffdy')
  })

  it('makes one line of several', () => {
    expect(printableLine('a\nb\r\nc\td\u2028e')).toBe('a b c d e')
  })

  it('keeps lines but not carriage returns when asked', () => {
    expect(printableLines('a\r\nb\rc\u001b[1m\u0007')).toBe('a\nb\nc\ufffd')
  })
})

describe('safeUrl and markdownLink', () => {
  it('accepts http(s) only', () => {
    expect(safeUrl('https://avd.aquasec.com/nvd/cve-2023-1')).toBe('https://avd.aquasec.com/nvd/cve-2023-1')
    expect(safeUrl('javascript:alert(1)')).toBeUndefined()
    expect(safeUrl('data:text/html,x')).toBeUndefined()
    expect(safeUrl('not a url')).toBeUndefined()
    expect(safeUrl(undefined)).toBeUndefined()
  })

  it('encodes what would end the link or the table cell', () => {
    expect(safeUrl('https://x.example/a(b)|c d')).toBe('https://x.example/a%28b%29%7Cc%20d')
  })

  it('falls back to the label', () => {
    expect(markdownLink('CVE', 'javascript:alert(1)')).toBe('CVE')
    expect(markdownLink('CVE', 'https://x.example/')).toBe('[CVE](https://x.example/)')
  })

  it('encodes paths segment by segment', () => {
    expect(encodePath('./docker/my app/Dockerfile#1')).toBe('docker/my%20app/Dockerfile%231')
  })
})

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('abc', 3)).toBe('abc')
  })

  it('ends in an ellipsis within the limit', () => {
    expect(truncate('abcdef', 4)).toBe('abc…')
  })

  it('never cuts an entity', () => {
    const text = escapeMarkdown('a@b')
    for (let max = 1; max < text.length; max++) {
      const out = truncate(text, max)
      expect(out.length).toBeLessThanOrEqual(max)
      expect(out.replace(/&(#\d+|[a-z]+);/g, '')).not.toContain('&')
    }
  })

  it('never cuts a backslash escape', () => {
    expect(truncate('ab\\*cd', 4)).toBe('ab…')
  })

  it('never cuts a surrogate pair', () => {
    expect(truncate('a😀b', 3)).toBe('a…')
    expect(truncate('😀😀😀', 4)).toBe('😀…')
  })
})
