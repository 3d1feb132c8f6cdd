import { DL3003 } from '../../../src/lint/rules/DL3003.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3003, {
  valid: [
    'FROM alpine:3.20\nWORKDIR /src\nRUN make',
    'FROM alpine:3.20\nRUN echo cd /tmp',
    'FROM alpine:3.20\nRUN git clone https://example.com/cd.git',
    'FROM alpine:3.20\nONBUILD RUN cd /app && make',
    'FROM alpine:3.20\nRUN make -C /src',
    'FROM alpine:3.20\nRUN cat <<EOF > /run.sh\ncd /app\nEOF'
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nRUN cd /src && make', lines: [2], message: 'Use WORKDIR to switch to a directory' },
    { code: 'FROM alpine:3.20\nRUN mkdir /x && \\\n  cd /x && \\\n  touch a', lines: [2] },
    { code: 'FROM alpine:3.20\nRUN (cd /src; make)', lines: [2] },
    { code: 'FROM alpine:3.20\nRUN if [ -d /src ]; then cd /src; fi', lines: [2] },
    { code: 'FROM alpine:3.20\nRUN <<EOF\ncd /src\nmake\nEOF', lines: [2] },
    { code: 'FROM alpine:3.20 AS a\nRUN cd /a\nFROM alpine:3.20\nRUN cd /b', lines: [2, 4] }
  ]
})
