import { ConsistentInstructionCasing } from '../../../src/lint/rules/ConsistentInstructionCasing.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(ConsistentInstructionCasing, {
  valid: [
    'FROM alpine:3.20\nRUN true\nCMD ["/app"]',
    'from alpine:3.20\nrun true\ncmd ["/app"]',
    'arg BASE=alpine\nFROM $BASE\nRUN true',
    'FROM alpine:3.20\nONBUILD run true',
    'FROM alpine:3.20\nRUN <<EOF\nrun this\nEOF',
    '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN dir `\n  run'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nrun true\nCMD ["/app"]', lines: [2], message: "Command 'run' should match the case of the command majority (uppercase)", output: 'FROM alpine:3.20\nRUN true\nCMD ["/app"]' },
    { code: 'from alpine:3.20\nrun true\nCMD ["/app"]', lines: [3], message: /majority \(lowercase\)/, output: 'from alpine:3.20\nrun true\ncmd ["/app"]' },
    { code: 'from alpine:3.20\nRUN true', lines: [1], output: 'FROM alpine:3.20\nRUN true' },
    { code: 'FROM alpine:3.20\nRun true\nCMD ["/app"]', lines: [2], output: 'FROM alpine:3.20\nRUN true\nCMD ["/app"]' },
    { code: 'from alpine:3.20\nrun true\nCopy . .\nCMD ["/app"]', lines: [3, 4], output: 'from alpine:3.20\nrun true\ncopy . .\ncmd ["/app"]' },
    { code: 'FROM alpine:3.20\n  workdir /app\nRUN true', lines: [2], output: 'FROM alpine:3.20\n  WORKDIR /app\nRUN true' },
    { code: 'FROM alpine:3.20\nonbuild RUN true', lines: [2], output: 'FROM alpine:3.20\nONBUILD RUN true' },
    { code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nrun dir `\n  /s', lines: [3], output: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN dir `\n  /s' }
  ]
})
