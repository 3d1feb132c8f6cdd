import { DL3043 } from '../../../src/lint/rules/DL3043.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3043, {
  valid: [
    'FROM alpine:3.20\nONBUILD RUN echo hi',
    'FROM alpine:3.20\nONBUILD COPY . /src',
    'FROM alpine:3.20\nONBUILD ENV ONBUILD=1',
    'FROM alpine:3.20\nONBUILD RUN echo FROM',
    'FROM alpine:3.20\nMAINTAINER someone'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nONBUILD ONBUILD RUN echo hi', lines: [2], message: /cannot trigger ONBUILD/ },
    { code: 'FROM alpine:3.20\nONBUILD FROM debian:12', lines: [2], message: /FROM/ },
    { code: 'FROM alpine:3.20\nONBUILD MAINTAINER someone', lines: [2] },
    { code: 'FROM alpine:3.20\nonbuild from debian:12', lines: [2] },
    { code: 'FROM alpine:3.20 AS a\nONBUILD FROM x:1\nFROM alpine:3.20\nONBUILD ONBUILD COPY . /src', lines: [2, 4] }
  ]
})
