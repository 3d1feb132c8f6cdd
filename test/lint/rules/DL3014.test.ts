import { DL3014 } from '../../../src/lint/rules/DL3014.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3014, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y curl',
    'FROM debian:12\nRUN apt-get -yq install curl',
    'FROM debian:12\nRUN apt-get --yes install curl && apt-get --assume-yes install git',
    'FROM debian:12\nRUN apt-get install -qq curl',
    'FROM debian:12\nRUN apt-get install -q -q curl',
    'FROM debian:12\nRUN apt-get install -q=2 curl',
    'FROM debian:12\nRUN apt-get install --quiet --quiet curl',
    'FROM debian:12\nRUN apt install curl',
    'FROM debian:12\nRUN apt-get update'
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get install curl',
      lines: [2],
      message: /apt-get install -y/,
      output: 'FROM debian:12\nRUN apt-get install -y curl'
    },
    {
      code: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -q \\\n      curl && \\\n    rm -rf /var/lib/apt/lists/*',
      lines: [2],
      output: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y -q \\\n      curl && \\\n    rm -rf /var/lib/apt/lists/*'
    },
    { code: 'FROM debian:12\nRUN apt-get install --quiet curl', lines: [2], output: 'FROM debian:12\nRUN apt-get install -y --quiet curl' },
    {
      code: 'FROM debian:12\nONBUILD RUN --mount=type=cache,target=/var/cache/apt apt-get install curl',
      lines: [2],
      output: 'FROM debian:12\nONBUILD RUN --mount=type=cache,target=/var/cache/apt apt-get install -y curl'
    },
    {
      code: 'FROM debian:12\nRUN apt-get install a; apt-get -y install b; apt-get install c',
      lines: [2],
      output: 'FROM debian:12\nRUN apt-get install -y a; apt-get -y install b; apt-get install -y c'
    },
    { code: 'FROM debian:12\nRUN ["apt-get", "install", "curl"]', lines: [2], output: null },
    { code: 'FROM debian:12\nRUN <<EOF\napt-get install curl\nEOF', lines: [2], output: null },
    { code: 'FROM debian:12\nRUN echo "apt-get install"; apt-get install curl', lines: [2], output: 'FROM debian:12\nRUN echo "apt-get install"; apt-get install -y curl' },
    { code: 'FROM debian:12\nRUN echo "run apt-get install"; apt-get install curl', lines: [2], output: 'FROM debian:12\nRUN echo "run apt-get install"; apt-get install -y curl' },
    {
      code: 'FROM debian:12\nrun --mount=type=cache,target=/var/cache/apt \\\n  --network=none apt-get install curl',
      lines: [2],
      output: 'FROM debian:12\nrun --mount=type=cache,target=/var/cache/apt \\\n  --network=none apt-get install -y curl'
    },
    // Docker drops a comment or blank line inside a continuation, where a shell would end the command; the escape
    // character ` is no shell syntax. The lines then do not read as the script, and no fix is offered.
    { code: 'FROM debian:12\nRUN apt-get install \\\n# note\n  curl', lines: [2], output: null },
    { code: 'FROM debian:12\nRUN apt-get install \\\n\n  curl', lines: [2], output: null },
    { code: '# escape=`\nFROM debian:12\nRUN apt-get install `\n  curl', lines: [3], output: null },
    {
      code: 'FROM debian:12 AS a\nRUN apt-get install -qqq a\nFROM debian:12\nRUN apt-get install -y b',
      lines: [2],
      output: 'FROM debian:12 AS a\nRUN apt-get install -y -qqq a\nFROM debian:12\nRUN apt-get install -y b'
    }
  ]
})
