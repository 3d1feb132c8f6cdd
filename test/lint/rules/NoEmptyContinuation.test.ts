import { NoEmptyContinuation } from '../../../src/lint/rules/NoEmptyContinuation.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(NoEmptyContinuation, {
  valid: [
    'FROM alpine:3.20\nRUN apk add \\\n  curl',
    'FROM alpine:3.20\nRUN apk add \\\n# a comment\n  curl',
    'FROM alpine:3.20\n\nRUN true\n\nCMD ["/app"]',
    'FROM alpine:3.20\nRUN <<EOF\necho a\n\necho b\nEOF',
    '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir \\\n\nRUN dir',
    'FROM alpine:3.20\nRUN apk add \\\n  curl\n'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nRUN apk add \\\n\n  curl', lines: [4], message: 'Empty continuation line' },
    { code: 'FROM alpine:3.20\nRUN apk add \\\n\n  curl \\\n\n  git \\\n  jq', lines: [7] },
    { code: 'FROM alpine:3.20\nRUN apk add \\\n# curl\n\n  git', lines: [5] },
    { code: 'FROM alpine:3.20\nENV A=1 \\\n  \t\n  B=2\nRUN true', lines: [4] },
    { code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n\n  /s', lines: [5] },
    { code: 'FROM alpine:3.20\nRUN cat <<EOF > /x \\\n\n  && true\nline\nEOF', lines: [6] },
    { code: 'FROM alpine:3.20\nRUN apk add \\\n\n', lines: [4] }
  ]
})
