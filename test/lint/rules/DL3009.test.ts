import { DL3009 } from '../../../src/lint/rules/DL3009.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3009, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /tmp/x',
    'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl',
    'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt \\\n  --mount=type=tmpfs,target=/var/cache/apt \\\n  apt-get update && apt-get install -y curl',
    'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12-slim\nCOPY --from=build /out /out',
    'FROM debian:12\nRUN apt-get install -y curl',
    'FROM debian:12\nRUN echo apt-get update'
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl', lines: [2], message: 'Delete the apt lists after installing something' },
    { code: 'FROM debian:12\nRUN apt update && apt install -y curl', lines: [2] },
    { code: 'FROM debian:12\nRUN aptitude update && \\\n  aptitude install -y curl', lines: [2] },
    { code: 'FROM debian:12 AS base\nRUN apt-get update\nFROM base\nRUN echo done', lines: [2] },
    { code: 'FROM debian:12 AS build\nONBUILD RUN apt-get update\nFROM debian:12-slim\nCOPY --from=build /a /a', lines: [2] },
    { code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update', lines: [2] },
    { code: 'FROM debian:12\nRUN --mount=type=bind,target=/var/lib/apt/lists apt-get update', lines: [2] },
    { code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF', lines: [2] },
    { code: 'FROM debian:12\nRUN apt-get update\nFROM debian:12\nRUN apt-get update', lines: [2, 4] }
  ]
})
