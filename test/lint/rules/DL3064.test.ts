import { DL3064 } from '../../../src/lint/rules/DL3064.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3064, {
  valid: [
    'FROM alpine:3.20\nARG VERSION=1.0',
    'FROM alpine:3.20\nENV NODE_ENV=production PORT=8080',
    'FROM alpine:3.20\nARG AUTHOR',
    'FROM alpine:3.20\nENV PUBLIC_URL=https://example.com',
    'FROM alpine:3.20\nLABEL password=none',
    'FROM alpine:3.20\nRUN --mount=type=secret,id=npm_token npm ci'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nARG GITHUB_TOKEN', lines: [2], message: /GITHUB_TOKEN may hold a secret/ },
    { code: 'FROM alpine:3.20\nENV aws_secret_access_key=x', lines: [2] },
    { code: 'FROM alpine:3.20\nARG DB_Password=changeme', lines: [2] },
    { code: 'ARG NPM_TOKEN\nFROM alpine:3.20\nENV A=1 \\\n    MY_API_KEY=abc', lines: [1, 3] },
    { code: 'FROM alpine:3.20\nONBUILD ARG PRIVATE_KEY', lines: [2] },
    { code: 'FROM alpine:3.20\nENV TRAVIS_OS_NAME=linux', lines: [2] },
    { code: 'FROM alpine:3.20 AS a\nFROM alpine:3.20\nARG REGISTRY_USERNAME', lines: [3] }
  ]
})
