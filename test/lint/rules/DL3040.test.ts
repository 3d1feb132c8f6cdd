import { DL3040 } from '../../../src/lint/rules/DL3040.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3040, {
  valid: [
    'FROM fedora:40\nRUN dnf install -y a-1 && dnf clean all',
    'FROM fedora:40\nRUN microdnf install -y a-1 && microdnf clean all',
    'FROM fedora:40\nRUN dnf install -y a-1 && rm -rf /var/cache/yum/*',
    'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y a-1',
    'FROM fedora:40\nRUN --mount=type=tmpfs,target=/root/.cache/libdnf5 dnf install -y a-1',
    'FROM fedora:40\nRUN dnf makecache',
    'FROM fedora:40\nRUN notdnf install a'
  ],
  invalid: [
    { code: 'FROM fedora:40\nRUN dnf install -y a-1', lines: [2], message: /dnf clean all/ },
    { code: 'FROM fedora:40\nRUN dnf -y upgrade', lines: [2] },
    { code: 'FROM fedora:40\nRUN microdnf clean all && dnf install -y a-1', lines: [2] },
    { code: 'FROM fedora:40\nRUN rm -rf /var/cache/libdnf5 && dnf in -y a-1', lines: [2] },
    { code: 'FROM fedora:40\nONBUILD RUN dnf install -y a-1 && microdnf clean all', lines: [2] },
    { code: 'FROM fedora:40 AS a\nRUN dnf -y reinstall a\nFROM fedora:40\nRUN microdnf \\\n  up-min -y', lines: [2, 4] }
  ]
})
