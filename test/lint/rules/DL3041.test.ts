import { DL3041 } from '../../../src/lint/rules/DL3041.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3041, {
  valid: [
    'FROM fedora:40\nRUN dnf install -y httpd-2.4.62',
    'FROM fedora:40\nRUN microdnf install -y httpd-2.4.62-1.fc40',
    'FROM fedora:40\nRUN dnf install -y ./local-1.0.rpm',
    'FROM fedora:40\nRUN dnf module install -y nodejs:20/common',
    'FROM fedora:40\nRUN dnf group install -y "Development Tools"',
    'ARG V=2.4.62\nFROM fedora:40\nRUN dnf install -y httpd-${V}',
    'FROM fedora:40\nONBUILD ENV V=1\nONBUILD RUN dnf install -y git-${V}',
    'FROM fedora:40\nRUN yum install -y httpd'
  ],
  invalid: [
    { code: 'FROM fedora:40\nRUN dnf install -y httpd', lines: [2] },
    { code: 'FROM fedora:40\nRUN microdnf install -y httpd-latest', lines: [2] },
    { code: 'FROM fedora:40\nRUN dnf module install -y nodejs', lines: [2] },
    { code: 'FROM fedora:40\nONBUILD RUN dnf install -y httpd', lines: [2] },
    { code: 'FROM fedora:40\nRUN dnf install -y ${PKG}', lines: [2] },
    { code: 'FROM fedora:40 AS a\nRUN dnf install -y a-1\nFROM fedora:40\nRUN dnf -y \\\n  install b', lines: [4] }
  ]
})
