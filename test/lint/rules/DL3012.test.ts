import { DL3012 } from '../../../src/lint/rules/DL3012.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3012, {
  valid: [
    'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/',
    'FROM nginx:1.27\nHEALTHCHECK NONE',
    'FROM nginx:1.27 AS a\nHEALTHCHECK NONE\nFROM nginx:1.27\nHEALTHCHECK CMD ["true"]',
    'FROM nginx:1.27\nONBUILD HEALTHCHECK NONE\nHEALTHCHECK CMD ["true"]',
    'FROM nginx:1.27\nRUN echo HEALTHCHECK\nHEALTHCHECK CMD ["true"]',
    'FROM nginx:1.27 AS a\nHEALTHCHECK CMD ["a"]\nFROM a\nHEALTHCHECK CMD ["b"]'
  ],
  invalid: [
    { code: 'FROM nginx:1.27\nHEALTHCHECK CMD ["a"]\nHEALTHCHECK CMD ["b"]', lines: [3], message: /only the last one/ },
    { code: 'FROM nginx:1.27\nHEALTHCHECK NONE\nHEALTHCHECK CMD ["b"]', lines: [3] },
    { code: 'FROM nginx:1.27\nHEALTHCHECK CMD ["a"]\nHEALTHCHECK NONE\nHEALTHCHECK CMD ["c"]', lines: [3, 4] },
    { code: 'FROM nginx:1.27 AS a\nHEALTHCHECK NONE\nFROM nginx:1.27\nHEALTHCHECK NONE\nHEALTHCHECK NONE', lines: [5] },
    { code: 'FROM nginx:1.27\nHEALTHCHECK --interval=5s \\\n  CMD ["a"]\nHEALTHCHECK \\\n  CMD ["b"]', lines: [4] },
    { code: 'FROM nginx:1.27 AS a\nHEALTHCHECK NONE\nHEALTHCHECK NONE\nFROM a\nHEALTHCHECK NONE\nHEALTHCHECK NONE', lines: [3, 6] }
  ]
})
