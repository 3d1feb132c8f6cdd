import { DL4000 } from '../../../src/lint/rules/DL4000.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL4000, {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane <jane@example.com>"',
    'FROM alpine:3.20\nLABEL maintainer="jane@example.com"',
    'FROM alpine:3.20\nONBUILD MAINTAINER jane',
    'FROM alpine:3.20\n# MAINTAINER jane',
    'FROM alpine:3.20\nRUN echo MAINTAINER'
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>',
      lines: [2],
      message: /deprecated/,
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"'
    },
    {
      code: 'FROM alpine:3.20\nMAINTAINER "Jane" \\o/ $HOME',
      lines: [2],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="\\"Jane\\" \\\\o/ \\$HOME"'
    },
    {
      code: 'FROM alpine:3.20\nmaintainer jane \\\n  <jane@example.com>\nRUN true',
      lines: [2],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="jane   <jane@example.com>"\nRUN true'
    },
    {
      code: 'MAINTAINER jane\nFROM alpine:3.20 AS a\nFROM alpine:3.20\nMAINTAINER joe',
      lines: [1, 4],
      output: 'LABEL org.opencontainers.image.authors="jane"\nFROM alpine:3.20 AS a\nFROM alpine:3.20\nLABEL org.opencontainers.image.authors="joe"'
    },
    {
      code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nMAINTAINER C:\\Users\\jane "J"',
      lines: [3],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nLABEL org.opencontainers.image.authors="C:\\Users\\jane `"J`""'
    }
  ]
})
