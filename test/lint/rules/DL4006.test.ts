import { DL4006 } from '../../../src/lint/rules/DL4006.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL4006, {
  valid: [
    'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://x | wc -l',
    'FROM alpine:3.20\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN wget -O - https://x | wc -l',
    'FROM debian:12\nRUN wget -O - https://x || true',
    'FROM debian:12\nRUN echo "a | b" && grep -E \'x|y\' f',
    'FROM mcr.microsoft.com/powershell:7.4\nSHELL ["pwsh", "-Command"]\nRUN Get-ChildItem | Select-Object Name',
    'FROM debian:12\nSHELL ["zsh", "-c", "-o", "pipefail"]\nRUN a | b',
    'FROM debian:12\nRUN case $x in a|b) echo ;; esac',
    'FROM debian:12\nONBUILD RUN a | b'
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN wget -O - https://x | wc -l > /number', lines: [2], message: /pipefail/ },
    { code: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\nFROM debian:12\nRUN c | d', lines: [5] },
    { code: 'FROM debian:12\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b', lines: [3] },
    { code: 'FROM debian:12\nSHELL ["/usr/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b', lines: [3] },
    { code: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nSHELL ["/bin/bash", "-c"]\nRUN a | b', lines: [4] },
    { code: 'FROM debian:12\nRUN set -o pipefail && \\\n    curl -fsSL https://x | tar -xz', lines: [2] },
    { code: 'FROM debian:12\nRUN echo "$(ls | head -1)"', lines: [2] },
    { code: 'FROM debian:12\nRUN <<EOF\ncurl -fsSL https://x | sh\nEOF\n', lines: [2] },
    { code: 'FROM debian:12\nRUN make 2>&1 |& tee log', lines: [2] }
  ]
})
