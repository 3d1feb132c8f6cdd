import { DL4001 } from '../../../src/lint/rules/DL4001.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL4001, {
  valid: [
    'FROM alpine:3.20\nRUN curl -fsSLO https://example.com/a\nRUN curl -fsSLO https://example.com/b',
    'FROM alpine:3.20\nRUN wget https://example.com/a',
    'FROM alpine:3.20 AS a\nRUN curl -O https://example.com/a\nFROM alpine:3.20\nRUN wget https://example.com/b',
    'FROM alpine:3.20\nRUN apk add --no-cache curl wget',
    'FROM alpine:3.20\nRUN curl -O https://example.com/a\nONBUILD RUN wget https://example.com/b',
    'FROM alpine:3.20\nRUN echo wget && curl -O https://example.com/a'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nRUN curl -O https://a.example && wget https://b.example', lines: [2], message: /wget or curl/ },
    { code: 'FROM alpine:3.20\nRUN wget https://a.example\nRUN curl -O https://b.example', lines: [3] },
    { code: 'FROM alpine:3.20\nRUN wget a\nRUN curl b\nRUN make\nRUN wget c', lines: [3, 5] },
    { code: 'FROM alpine:3.20 AS a\nRUN wget a\nFROM alpine:3.20\nRUN curl b\nRUN \\\n  wget c', lines: [5] },
    { code: 'FROM alpine:3.20\nONBUILD RUN wget a\nFROM alpine:3.20\nONBUILD RUN curl b', lines: [4] },
    { code: 'FROM alpine:3.20\nRUN <<EOF\ncurl -O a\nwget b\nEOF\n', lines: [2] }
  ]
})
