import { DL3015 } from '../../../src/lint/rules/DL3015.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3015, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl',
    'FROM debian:12\nRUN apt-get --no-install-recommends install -y curl',
    'FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl',
    'FROM debian:12\nRUN apt install -y curl',
    'FROM debian:12\nRUN apt-get update',
    'FROM debian:12\nRUN echo apt-get install curl'
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get install -y curl',
      lines: [2],
      message: /--no-install-recommends/,
      output: 'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl'
    },
    {
      code: 'FROM debian:12\nRUN apt-get update \\\n && DEBIAN_FRONTEND=noninteractive apt-get -y install \\\n    curl',
      lines: [2],
      output: 'FROM debian:12\nRUN apt-get update \\\n && DEBIAN_FRONTEND=noninteractive apt-get -y install --no-install-recommends \\\n    curl'
    },
    {
      code: 'FROM debian:12\nONBUILD RUN apt-get install -y curl',
      lines: [2],
      output: 'FROM debian:12\nONBUILD RUN apt-get install --no-install-recommends -y curl'
    },
    { code: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]', lines: [2], output: null },
    { code: 'FROM debian:12\nRUN <<EOF\napt-get install -y curl\nEOF', lines: [2], output: null },
    {
      code: 'FROM debian:12 AS a\nRUN apt-get install -y a\nFROM debian:12\nRUN apt-get install -y b && apt-get install -y --no-install-recommends c',
      lines: [2, 4],
      output: 'FROM debian:12 AS a\nRUN apt-get install --no-install-recommends -y a\nFROM debian:12\nRUN apt-get install --no-install-recommends -y b && apt-get install -y --no-install-recommends c'
    }
  ]
})
