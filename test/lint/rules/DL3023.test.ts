import { DL3023 } from '../../../src/lint/rules/DL3023.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3023, {
  valid: [
    'FROM golang:1.22 AS build\nFROM alpine:3.20 AS run\nCOPY --from=build /out /out',
    'FROM alpine:3.20\nCOPY --from=alpine /a /b',
    'FROM alpine:3.20 AS app\nCOPY /a /b',
    'FROM alpine:3.20 AS app\nCOPY --from=App /a /b',
    'FROM alpine:3.20 AS app\nFROM alpine:3.20\nCOPY --from=app /a /b',
    'FROM alpine:3.20 AS app\nONBUILD COPY --from=app /a /b'
  ],
  invalid: [
    { code: 'FROM alpine:3.20 AS app\nCOPY --from=app /a /b', lines: [2], message: /names the stage it is in/ },
    { code: 'FROM golang:1.22 AS build\nRUN make\nCOPY --from=build /out /out', lines: [3] },
    { code: 'FROM golang:1.22 AS build\nFROM alpine:3.20 AS run\nCOPY --from=run /a /b', lines: [3] },
    { code: 'FROM alpine:3.20 AS app\nCOPY --from=app \\\n  /a /b', lines: [2] },
    { code: 'FROM alpine:3.20 AS app\nCOPY --from=app /a /b\nCOPY --from=app /c /d', lines: [2, 3] }
  ]
})
