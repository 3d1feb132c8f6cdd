import { DL3059 } from '../../../src/lint/rules/DL3059.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3059, {
  valid: [
    'FROM alpine:3.20\nRUN /foo.sh',
    'FROM alpine:3.20\nRUN /foo.sh\nWORKDIR /app\nRUN /bar.sh',
    'FROM alpine:3.20\nRUN foo && bar\nRUN baz',
    'FROM alpine:3.20\nRUN baz\nRUN foo; bar',
    'FROM alpine:3.20\nRUN foo | bar\nRUN baz',
    'FROM alpine:3.20\nRUN echo $(date)\nRUN baz',
    'FROM alpine:3.20\nRUN --mount=type=secret,id=a /foo.sh\nRUN /bar.sh',
    'FROM alpine:3.20\nRUN --mount=type=secret,id=a /foo.sh\nRUN --mount=type=secret,id=b /bar.sh',
    'FROM alpine:3.20\nRUN --network=none make\nRUN make install',
    'FROM alpine:3.20 AS a\nRUN /foo.sh\nFROM alpine:3.20\nRUN /bar.sh',
    'FROM alpine:3.20\nRUN /foo.sh\nONBUILD RUN /bar.sh',
    'FROM alpine:3.20\nRUN <<EOF\napk add curl\napk add git\nEOF\n\nRUN make'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nRUN /foo.sh\nRUN /bar.sh', lines: [3], message: /consecutive RUN/ },
    { code: 'FROM alpine:3.20\nRUN /foo.sh\n# a comment\n# another\nRUN /bar.sh', lines: [5] },
    { code: 'FROM alpine:3.20\nRUN a\nRUN b\nRUN c', lines: [3, 4] },
    { code: 'FROM alpine:3.20\nRUN foo && bar\nRUN foo\nRUN bar', lines: [4] },
    { code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache pip wheel . \nRUN --mount=target=/root/.cache,type=cache pip install .', lines: [3] },
    { code: 'FROM alpine:3.20 AS build\nRUN apk add \\\n    curl\nRUN make\nFROM alpine:3.20\nRUN x\nRUN y', lines: [4, 7] },
    { code: 'FROM alpine:3.20\nRUN ["make"]\nRUN ["make", "install"]', lines: [3] },
    { code: 'FROM alpine:3.20\nRUN X=1\nRUN make', lines: [3] },
    { code: 'FROM alpine:3.20\nRUN <<EOF\nmake\nEOF\n\nRUN make install', lines: [6] }
  ]
})
