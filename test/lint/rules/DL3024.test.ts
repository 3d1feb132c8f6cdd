import { DL3024 } from '../../../src/lint/rules/DL3024.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3024, {
  valid: [
    'FROM golang:1.22 AS build\nFROM alpine:3.20 AS run',
    'FROM alpine:3.20\nFROM alpine:3.20',
    'FROM golang:1.22 AS build\nFROM alpine:3.20 AS Build',
    'FROM golang:1.22 AS build\nFROM build AS test',
    'FROM alpine:3.20 AS app'
  ],
  invalid: [
    { code: 'FROM golang:1.22 AS build\nFROM alpine:3.20 AS build', lines: [2], message: /already used/ },
    { code: 'FROM golang:1.22 as build\nRUN make\nFROM node:20 AS build\nFROM alpine:3.20 AS build', lines: [3, 4] },
    { code: 'FROM a:1 AS x\nFROM b:1 AS y\nFROM c:1 AS x', lines: [3] },
    { code: 'FROM a:1 AS x\nFROM x AS x', lines: [2] },
    { code: 'FROM a:1 AS x\nFROM b:1 AS y\nFROM c:1 AS y\nFROM d:1 AS x', lines: [3, 4] }
  ]
})
