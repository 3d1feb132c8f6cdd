import { DL4005 } from '../../../src/lint/rules/DL4005.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL4005, {
  valid: [
    'FROM debian:12\nSHELL ["/bin/bash", "-c"]',
    'FROM debian:12\nRUN ln -sf /usr/bin/python3 /usr/bin/python',
    'FROM debian:12\nRUN ln -s /bin/shx /usr/local/bin/x',
    'FROM debian:12\nRUN echo ln -sf /bin/bash /bin/sh',
    'FROM debian:12\nRUN cp /bin/bash /bin/sh'
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN ln -sf /bin/bash /bin/sh', lines: [2], message: /Use SHELL/ },
    { code: 'FROM debian:12\nRUN rm /bin/sh && ln -s /bin/bash /bin/sh', lines: [2] },
    { code: 'FROM debian:12\nONBUILD RUN ln -sf /bin/bash /bin/sh', lines: [2] },
    { code: 'FROM debian:12 AS a\nRUN true\nFROM debian:12\nRUN apt-get update && \\\n    ln -sf /bin/bash /bin/sh', lines: [4] },
    { code: 'FROM debian:12\nRUN ["ln", "-sf", "/bin/bash", "/bin/sh"]', lines: [2] },
    { code: 'FROM debian:12\nRUN <<EOF\nset -e\nln -sf /bin/dash /bin/sh\nEOF\n', lines: [2] }
  ]
})
