import { DL3018 } from '../../../src/lint/rules/DL3018.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3018, {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0',
    "FROM alpine:3.20\nRUN apk add 'bash>5' 'git<3' musl~1.2",
    'FROM alpine:3.20\nRUN apk add --virtual .build-deps gcc=13.2.1-r0',
    'FROM alpine:3.20\nRUN apk add -t .deps make=4.4.1-r2',
    'FROM alpine:3.20\nRUN apk add --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0',
    'FROM alpine:3.20\nRUN apk add -X https://example.com/repo lib=1.0-r0',
    'FROM alpine:3.20\nRUN apk add ./local-1.0.apk',
    'FROM alpine:3.20\nRUN apk del curl && apk update'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nRUN apk add curl', lines: [2], message: /\(curl\)/ },
    { code: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n  curl=8.9.1-r0 \\\n  git', lines: [2], message: /\(git\)/ },
    { code: 'FROM alpine:3.20\nRUN apk add --virtual .build-deps gcc musl-dev=1.2', lines: [2], message: /\(gcc\)/ },
    { code: 'FROM alpine:3.20\nONBUILD RUN apk add curl', lines: [2] },
    { code: 'FROM alpine:3.20\nRUN <<EOF\napk add bash\nEOF', lines: [2] },
    { code: 'FROM alpine:3.20 AS a\nRUN apk --update add a\nFROM alpine:3.20\nRUN apk add b=1', lines: [2] }
  ]
})
