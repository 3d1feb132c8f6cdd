import { DL3035 } from '../../../src/lint/rules/DL3035.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3035, {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper update -y',
    'FROM opensuse/leap:15.6\nRUN zypper -n patch',
    'FROM opensuse/leap:15.6\nRUN echo zypper dup',
    'FROM opensuse/leap:15.6\nRUN zypper install -y dup=1.0',
    'FROM fedora:40\nRUN dnf distro-sync -y'
  ],
  invalid: [
    { code: 'FROM opensuse/leap:15.6\nRUN zypper dist-upgrade -y', lines: [2] },
    { code: 'FROM opensuse/leap:15.6\nRUN zypper -n dup', lines: [2] },
    { code: 'FROM opensuse/leap:15.6\nONBUILD RUN zypper dup', lines: [2] },
    { code: 'FROM opensuse/leap:15.6\nRUN zypper ref \\\n  && zypper dup -y', lines: [2] },
    { code: 'FROM opensuse/leap:15.6 AS a\nRUN zypper dup\nFROM opensuse/leap:15.6\nRUN zypper dist-upgrade', lines: [2, 4] }
  ]
})
