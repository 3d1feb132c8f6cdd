import { DL3037 } from '../../../src/lint/rules/DL3037.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3037, {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0',
    'FROM opensuse/leap:15.6\nRUN zypper in -y "curl>=8" "vim<10"',
    'FROM opensuse/leap:15.6\nRUN zypper in -y /tmp/tool.rpm',
    'FROM opensuse/leap:15.6\nRUN zypper refresh',
    'FROM opensuse/leap:15.6\nRUN zypper remove -y vim',
    'FROM fedora:40\nRUN dnf install -y curl'
  ],
  invalid: [
    { code: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl', lines: [2], message: /curl=<version>/ },
    { code: 'FROM opensuse/leap:15.6\nRUN zypper in -y curl=8.6.0 vim', lines: [2], message: /vim=<version>/ },
    { code: 'FROM opensuse/leap:15.6\nONBUILD RUN zypper in -y curl', lines: [2] },
    { code: 'FROM opensuse/leap:15.6\nRUN zypper refresh \\\n  && zypper -n install git', lines: [2] },
    { code: 'FROM opensuse/leap:15.6 AS a\nRUN zypper in -y a\nFROM opensuse/leap:15.6\nRUN zypper in -y b', lines: [2, 4] }
  ]
})
