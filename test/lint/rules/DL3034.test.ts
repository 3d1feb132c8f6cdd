import { DL3034 } from '../../../src/lint/rules/DL3034.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3034, {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0',
    'FROM opensuse/leap:15.6\nRUN zypper -n in curl',
    'FROM opensuse/leap:15.6\nRUN zypper --non-interactive remove vim',
    'FROM opensuse/leap:15.6\nRUN zypper patch --no-confirm',
    'FROM opensuse/leap:15.6\nRUN zypper refresh',
    'FROM opensuse/leap:15.6\nRUN echo zypper install curl'
  ],
  invalid: [
    { code: 'FROM opensuse/leap:15.6\nRUN zypper install curl', lines: [2] },
    { code: 'FROM opensuse/leap:15.6\nRUN zypper rm vim', lines: [2] },
    { code: 'FROM opensuse/leap:15.6\nRUN zypper si kernel', lines: [2] },
    { code: 'FROM opensuse/leap:15.6\nONBUILD RUN zypper patch', lines: [2] },
    { code: 'FROM opensuse/leap:15.6\nRUN zypper refresh \\\n  && zypper in curl', lines: [2] },
    { code: 'FROM opensuse/leap:15.6 AS a\nRUN zypper -n in a\nFROM opensuse/leap:15.6\nRUN zypper source-install b', lines: [4] }
  ]
})
