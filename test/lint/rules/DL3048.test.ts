import { DL3048 } from '../../../src/lint/rules/DL3048.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3048, {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.title="app"',
    'FROM alpine:3.20\nLABEL validlabel3=x',
    'FROM alpine:3.20\nLABEL org.valid-key.label3="foo" maintainer=me',
    'FROM alpine:3.20\nLABEL my.label/with_underscore=x',
    'FROM alpine:3.20\nLABEL a=1',
    'FROM alpine:3.20\nONBUILD LABEL Bad.Key=1',
    'FROM alpine:3.20\nENV Bad.Key=1'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL Maintainer="me"', lines: [2], message: 'Invalid label key.' },
    { code: 'FROM alpine:3.20\nLABEL com.docker.label="x"', lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL io.docker.label="x"\nLABEL org.dockerproject.label="x"', lines: [2, 3] },
    { code: 'FROM alpine:3.20\nLABEL 1invalid=x', lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL .invalid=x', lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL invalid-=x', lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL org..example=x', lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL org.a--b=x', lines: [2] },
    { code: 'FROM alpine:3.20\nLABEL ok=1 in@valid=2 Also.Bad=3', lines: [2] },
    { code: 'FROM alpine:3.20 AS build\nLABEL build.Stage=1\nFROM alpine:3.20\nLABEL ok=1\nLABEL \\\n  org.example.version=1 \\\n  org.example.Owner=me', lines: [2, 5] }
  ]
})
