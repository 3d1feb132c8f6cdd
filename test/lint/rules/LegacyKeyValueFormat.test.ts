import { LegacyKeyValueFormat } from '../../../src/lint/rules/LegacyKeyValueFormat.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(LegacyKeyValueFormat, {
  valid: [
    'FROM alpine:3.20\nENV KEY=value',
    'FROM alpine:3.20\nENV A=1 B="two words"',
    'FROM alpine:3.20\nLABEL org.opencontainers.image.title="app"',
    'FROM alpine:3.20\nARG A B',
    'FROM alpine:3.20\nONBUILD ENV KEY value',
    'FROM alpine:3.20\nENV KEY= '
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nENV KEY value', lines: [2], message: '"ENV key=value" should be used instead of legacy "ENV key value" format', output: 'FROM alpine:3.20\nENV KEY=value' },
    { code: 'FROM alpine:3.20\nENV GREETING hello world', lines: [2], output: 'FROM alpine:3.20\nENV GREETING="hello world"' },
    { code: 'FROM alpine:3.20\nLABEL maintainer "Jane Doe"', lines: [2], output: 'FROM alpine:3.20\nLABEL maintainer="Jane Doe"' },
    { code: 'FROM alpine:3.20\nENV URL https://x.test/?a=b', lines: [2], output: 'FROM alpine:3.20\nENV URL=https://x.test/?a=b' },
    { code: 'FROM alpine:3.20\nENV MSG say "hi"', lines: [2], output: null },
    { code: 'FROM alpine:3.20\nENV LONG first \\\n  second', lines: [2], output: null },
    { code: 'FROM alpine:3.20 AS build\nENV A 1\nFROM alpine:3.20\nLABEL b 2', lines: [2, 4], output: 'FROM alpine:3.20 AS build\nENV A=1\nFROM alpine:3.20\nLABEL b=2' },
    { code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nENV APPDIR C:\\app', lines: [3], output: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nENV APPDIR=C:\\app' }
  ]
})
