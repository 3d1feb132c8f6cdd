import { DL1001 } from '../../../src/lint/rules/DL1001.js'
import { ruleTester } from '../../helpers/rule-tester.js'

const on = { override: { error: [], warning: [], info: ['DL1001'], style: [] } }

ruleTester(DL1001, {
  valid: [
    // Off by default: the pragma is there but no override switches the rule on.
    'FROM alpine:3.20\n# hadolint ignore=DL3018\nRUN apk add curl',
    { code: 'FROM alpine:3.20\n# hadolint global ignore=DL3018\nRUN apk add curl', config: on },
    { code: '# hadolint stage ignore=DL3018\nFROM alpine:3.20\nRUN apk add curl', config: on },
    { code: 'FROM alpine:3.20\n# hadolint shell=bash\nRUN apk add curl', config: on },
    { code: 'FROM alpine:3.20\n# hadolint ignore=DL3018 because reasons\nRUN apk add curl', config: on },
    { code: 'FROM alpine:3.20\n# check=skip=JSONArgsRecommended\nCMD run', config: on }
  ],
  invalid: [
    { code: 'FROM alpine:3.20\n# hadolint ignore=DL3018\nRUN apk add curl', config: on, lines: [2], message: 'Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.' },
    { code: 'FROM alpine:3.20\n# hadolint ignore=DL3018,SC2086 # pinned upstream\n\nRUN apk add curl\n  # hadolint ignore=CG004\nUSER app', config: on, lines: [2, 5] },
    { code: '# hadolint ignore=JSONArgsRecommended\nFROM alpine:3.20', config: { override: { error: ['DL1001'], warning: [], info: [], style: [] } }, lines: [1] }
  ]
})
