import { DL3047 } from '../../../src/lint/rules/DL3047.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3047, {
  valid: [
    'FROM alpine:3.20\nRUN wget --progress=dot:giga https://example.com/a.tgz',
    'FROM alpine:3.20\nRUN wget -q https://example.com/a.tgz',
    'FROM alpine:3.20\nRUN wget --quiet https://example.com/a.tgz',
    'FROM alpine:3.20\nRUN wget -nv https://example.com/a.tgz',
    'FROM alpine:3.20\nRUN wget --no-verbose https://example.com/a.tgz',
    'FROM alpine:3.20\nRUN wget -o /tmp/wget.log https://example.com/a.tgz',
    'FROM alpine:3.20\nRUN wget --append-output=/tmp/wget.log https://example.com/a.tgz',
    'FROM alpine:3.20\nRUN wget -qO- https://example.com/install.sh | sh',
    'FROM alpine:3.20\nRUN curl -fsSL -o a.tgz https://example.com/a.tgz',
    'FROM alpine:3.20\nRUN /usr/bin/wget https://example.com/a.tgz'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nRUN wget https://example.com/a.tgz', lines: [2], message: /--progress=dot:giga/ },
    { code: 'FROM alpine:3.20\nRUN wget -O /tmp/a.tgz https://example.com/a.tgz', lines: [2] },
    { code: 'FROM alpine:3.20\nRUN apk add --no-cache wget && wget -P /tmp https://example.com/a.tgz', lines: [2] },
    { code: 'FROM alpine:3.20 AS fetch\nRUN wget https://example.com/a\nFROM alpine:3.20\nRUN wget -q https://example.com/b\nRUN wget https://example.com/c', lines: [2, 5] },
    { code: 'FROM alpine:3.20\nONBUILD RUN wget https://example.com/a.tgz', lines: [2] },
    { code: 'FROM alpine:3.20\nRUN set -e; \\\n  wget \\\n  https://example.com/a.tgz', lines: [2] }
  ]
})
