import { DL3022 } from '../../../src/lint/rules/DL3022.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3022, {
  valid: [
    'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /out /out',
    'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx',
    'FROM golang:1.22\nFROM alpine:3.20\nCOPY --from=0 /out /out',
    'FROM alpine:3.20\nCOPY --from=0 /a /b',
    'FROM alpine:3.20\nCOPY /a /b',
    'FROM alpine:3.20\nCOPY --from="docker.io/library/nginx:1.27" /a /b'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nCOPY --from=build /a /b', lines: [2], message: /names no stage defined above: use a stage's alias or number, or, if build is an image, give it a tag/ },
    { code: 'FROM alpine:3.20\nCOPY --from=build /a /b\nFROM alpine:3.20 AS build', lines: [2], message: /names a stage defined further down/ },
    { code: 'FROM alpine:3.20\nCOPY --from=gloursdocker/docker / /', lines: [2], message: /names an image, not a stage: give it a tag or digest/ },
    { code: 'FROM alpine:3.20\nCOPY --from=registry.example.com /a /b', lines: [2], message: /names an image, not a stage/ },
    { code: 'FROM alpine:3.20\nCOPY --from=1 /a /b', lines: [2] },
    { code: 'FROM alpine:3.20\nCOPY --from=nginx /etc/nginx /etc/nginx', lines: [2] },
    { code: 'FROM golang:1.22 AS Build\nFROM alpine:3.20\nCOPY --from=build \\\n  /out /out', lines: [3] },
    { code: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=builder /a /a\nCOPY --from=2 /b /b', lines: [3, 4] }
  ]
})
