import { DL3062 } from '../../../src/lint/rules/DL3062.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3062, {
  valid: [
    'FROM golang:1.22\nRUN go install example.com/tool@v1.2.3',
    'FROM golang:1.22\nRUN go install ./cmd/api',
    'FROM golang:1.22\nRUN go get -u ./...',
    'FROM golang:1.22\nRUN go build -o /out/app .',
    'FROM golang:1.22\nRUN go install',
    'FROM golang:1.22\nRUN go run example.com/gen@v0.4.0 ./api.yaml',
    'FROM golang:1.22\nRUN go install /src/tool',
    'FROM golang:1.22\nONBUILD RUN go install example.com/tool@v1.0.0'
  ],
  invalid: [
    { code: 'FROM golang:1.22\nRUN go install example.com/tool', lines: [2], message: /@<version>/ },
    { code: 'FROM golang:1.22\nRUN go install example.com/tool@latest', lines: [2] },
    { code: 'FROM golang:1.22\nRUN go get example.com/lib@none', lines: [2] },
    { code: 'FROM golang:1.22\nRUN go run example.com/gen ./api.yaml', lines: [2] },
    { code: 'FROM golang:1.22\nONBUILD RUN go install example.com/tool', lines: [2] },
    { code: 'FROM golang:1.22 AS tools\nRUN apk add git && \\\n    go install golang.org/x/tools/cmd/goimports@latest\nFROM golang:1.22\nRUN go install a.io/b@v1 c.io/d', lines: [2, 5] },
    { code: 'FROM golang:1.22\nRUN <<EOF\ngo install example.com/tool\nEOF\n', lines: [2] }
  ]
})
