import { DL3036 } from '../../../src/lint/rules/DL3036.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3036, {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean',
    'FROM opensuse/leap:15.6\nRUN zypper in -y curl=8.6.0 && zypper cc -a',
    'FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper in -y curl=8.6.0',
    'FROM opensuse/leap:15.6\nRUN zypper refresh',
    'FROM opensuse/leap:15.6\nONBUILD RUN zypper in -y curl && zypper clean',
    'FROM opensuse/leap:15.6\nRUN zypper in -y a \\\n  && zypper clean --all'
  ],
  invalid: [
    { code: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0', lines: [2], message: /zypper clean/ },
    { code: 'FROM opensuse/leap:15.6\nRUN zypper clean && zypper in -y curl', lines: [2] },
    { code: 'FROM opensuse/leap:15.6\nONBUILD RUN zypper in -y curl', lines: [2] },
    { code: 'FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/root/.cache zypper in -y curl', lines: [2] },
    { code: 'FROM opensuse/leap:15.6\nRUN zypper in -y a \\\n  && rm -rf /var/cache/zypp', lines: [2] },
    { code: 'FROM opensuse/leap:15.6 AS a\nRUN zypper in -y a\nFROM opensuse/leap:15.6\nRUN zypper in -y b', lines: [2, 4] }
  ]
})
