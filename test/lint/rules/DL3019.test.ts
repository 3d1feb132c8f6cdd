import { DL3019 } from '../../../src/lint/rules/DL3019.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3019, {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0',
    'FROM alpine:3.20\nRUN apk --no-cache add curl',
    'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl',
    'FROM alpine:3.20\nRUN --mount=type=tmpfs,target=/var/cache/apk/ apk add -U curl',
    'FROM alpine:3.20\nRUN apk update && apk del curl',
    'FROM alpine:3.20\nRUN echo apk add curl'
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN apk add curl',
      lines: [2],
      message: /--no-cache/,
      output: 'FROM alpine:3.20\nRUN apk add --no-cache curl'
    },
    {
      code: 'FROM alpine:3.20\nRUN apk update && \\\n    apk --update add \\\n      curl',
      lines: [2],
      output: 'FROM alpine:3.20\nRUN apk update && \\\n    apk --update add --no-cache \\\n      curl'
    },
    {
      code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/foo apk add -U curl',
      lines: [2],
      output: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl'
    },
    { code: 'FROM alpine:3.20\nONBUILD RUN apk add curl', lines: [2], output: 'FROM alpine:3.20\nONBUILD RUN apk add --no-cache curl' },
    { code: 'FROM alpine:3.20\nRUN ["apk", "add", "curl"]', lines: [2], output: null },
    { code: 'FROM alpine:3.20\nRUN <<EOF\napk add curl\nEOF', lines: [2], output: null },
    {
      code: 'FROM alpine:3.20 AS a\nRUN apk add a && apk add --no-cache b\nFROM alpine:3.20\nRUN apk add c',
      lines: [2, 4],
      output: 'FROM alpine:3.20 AS a\nRUN apk add --no-cache a && apk add --no-cache b\nFROM alpine:3.20\nRUN apk add --no-cache c'
    }
  ]
})
