import { DL3038 } from '../../../src/lint/rules/DL3038.js'
import { ruleTester } from '../../helpers/rule-tester.js'

ruleTester(DL3038, {
  valid: [
    'FROM fedora:40\nRUN dnf install -y httpd-2.4.62',
    'FROM fedora:40\nRUN dnf -y install httpd',
    'FROM fedora:40\nRUN microdnf install --assumeyes httpd',
    'FROM fedora:40\nRUN dnf upgrade',
    'FROM fedora:40\nRUN yum install httpd',
    'FROM fedora:40\nRUN dnf -qy groupinstall "Development Tools"'
  ],
  invalid: [
    { code: 'FROM fedora:40\nRUN dnf install httpd', lines: [2], output: 'FROM fedora:40\nRUN dnf install -y httpd' },
    { code: 'FROM ubi9/ubi-minimal:9.4\nRUN microdnf install httpd && microdnf clean all', lines: [2], output: 'FROM ubi9/ubi-minimal:9.4\nRUN microdnf install -y httpd && microdnf clean all' },
    { code: 'FROM fedora:40\nONBUILD RUN dnf localinstall ./x.rpm', lines: [2], output: 'FROM fedora:40\nONBUILD RUN dnf localinstall -y ./x.rpm' },
    { code: 'FROM fedora:40\nRUN dnf --setopt=tsflags=nodocs install git vim', lines: [2], output: 'FROM fedora:40\nRUN dnf --setopt=tsflags=nodocs install -y git vim' },
    { code: 'FROM fedora:40\nRUN dnf makecache \\\n  && dnf install git', lines: [2], output: 'FROM fedora:40\nRUN dnf makecache \\\n  && dnf install -y git' },
    { code: 'FROM fedora:40 AS a\nRUN dnf groupinstall tools\nFROM fedora:40\nRUN dnf install git', lines: [2, 4], output: 'FROM fedora:40 AS a\nRUN dnf groupinstall -y tools\nFROM fedora:40\nRUN dnf install -y git' }
  ]
})
